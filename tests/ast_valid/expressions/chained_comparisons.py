r = a < b <= c > d >= e == f != g
s = a in b not in c is d is not e
t = not a == b
