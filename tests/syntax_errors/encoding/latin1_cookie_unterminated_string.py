# coding: iso-8859-1
t = 'üöä
