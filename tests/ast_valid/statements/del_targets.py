del a
del a, b
del (a, b)
del [a, b]
del a.b, c[0], d[1:2]
del (a), [b, (c, d)]
del a,
