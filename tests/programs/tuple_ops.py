t = (1, 2, 3)
print(t, t[0], t[-1], len(t), t + (4,), (5,), ())
a, b, c = t
print(a, b, c)
x, *rest = [1, 2, 3, 4]
print(x, rest)
