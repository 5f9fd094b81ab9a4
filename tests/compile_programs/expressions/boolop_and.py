a = b = c = 1
r = a and b and c
