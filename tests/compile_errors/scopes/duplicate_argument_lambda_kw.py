f = lambda x, *, y, y=1: x
