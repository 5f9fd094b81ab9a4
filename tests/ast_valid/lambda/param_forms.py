a = lambda: 0
b = lambda x, /, y=1, *args, z, w=2, **kw: x
c = lambda *, k: k
d = lambda *a, **k: (a, k)
e = lambda x=lambda: 1: x
f = lambda a,: a
