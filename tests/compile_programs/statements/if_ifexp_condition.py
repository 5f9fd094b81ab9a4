a, b, c = 1, 0, 1
if (b if a else c):
    print(1)
