print(True and False, True or False, not True)
print(0 or "x", 1 and 2, None or 0)
x = 5
print(x > 3 and x < 10)
