def g():
    yield x = 1
