a, b = 12, 10
r = (a & b, a | b, a ^ b, a << b, a >> b)
