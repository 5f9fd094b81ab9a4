a, b = 1, 2
r = bool(a and b)
if a is None or b is not None:
    pass
