def g():
    a = b = yield x = 1
