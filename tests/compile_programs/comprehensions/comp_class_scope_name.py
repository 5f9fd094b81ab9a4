class C:
    y = 3
    r = [x for x in range(y)]
