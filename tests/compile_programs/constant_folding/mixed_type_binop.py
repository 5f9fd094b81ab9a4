r = 1 + 2.5
s = True + 1
