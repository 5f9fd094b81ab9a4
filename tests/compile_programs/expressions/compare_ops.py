a, b = 1, 2
r = (a < b, a <= b, a > b, a >= b, a == b, a != b)
