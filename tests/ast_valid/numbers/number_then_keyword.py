x = 1 if y else 2
z = [0x1 for q in r]
w = 1 or 2
v = 1and 2
