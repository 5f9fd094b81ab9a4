a, b, *c, d, e = range(10)
