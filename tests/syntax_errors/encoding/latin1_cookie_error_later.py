# -*- coding: latin-1 -*-
nom = 'été'; x = (1, 
