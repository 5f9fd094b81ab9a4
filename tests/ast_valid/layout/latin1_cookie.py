# -*- coding: latin-1 -*-
x = 'été'
y = 1
