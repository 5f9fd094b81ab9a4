for x in [1, 2, 3]:
    print(x)
