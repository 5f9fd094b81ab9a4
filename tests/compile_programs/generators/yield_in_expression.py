def g():
    x = (yield) + 1
    print((yield x))
