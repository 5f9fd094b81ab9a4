def g():
    a = (yield x) = 2
