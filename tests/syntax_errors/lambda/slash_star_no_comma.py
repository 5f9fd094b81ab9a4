f = lambda a, /*: a
