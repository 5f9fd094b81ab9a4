x = -a ** -b
y = ~a & b | c ^ d << 1 >> 2
z = a @ b // c % d * e / f + g - h
w = not a and b or c
v = (a if b else c) if d else e
