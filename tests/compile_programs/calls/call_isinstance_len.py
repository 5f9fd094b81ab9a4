x = [1]
r = isinstance(x, list) and len(x) == 1
