a = b = c = d = 1
del (a, b)
del [c, d]
