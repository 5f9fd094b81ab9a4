r = -5
s = ~5
t = not 5
u = -(-5)
v = +7
