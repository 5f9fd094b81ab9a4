a, b = None, [1]
r = (a is None, a is not None, 1 in b, 1 not in b)
