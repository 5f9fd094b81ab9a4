def g():
    x = yield
    y = yield 1
    yield x, y
