a, b, c, d = 1, 0, 1, 0
r = (a and b) or (c and d)
s = a or (b and c) or d
