r = 1 and 2
s = 0 or "x"
