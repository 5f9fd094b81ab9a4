a = 1
r = "yes" if a else "no"
s = 1 if a else 2 if not a else 3
