f = lambda x, (y): y
