a = b = c = 1
x, y = z = 1, 2
a.b = c[0] = d = e
