# Unary operators on constants fold (~bool never does); +x goes through an intrinsic.
a = -1
b = -(-1)
c = ~5
d = ~True
e = not 1
f = +1
g = -1.5
h = -0.0
i = -(1j)
j = +True
k = -True
l = ~-1
m = not None
n = -"x" if 0 else 1
o = +(-(+2))
p = -(2**63)
