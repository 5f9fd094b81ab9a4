a, b, c = 1, 2, 3
r = a < b < c
s = a < b <= c != 4 > 0
