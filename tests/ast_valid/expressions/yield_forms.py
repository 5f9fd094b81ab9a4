def g():
    yield
    yield 1
    x = yield
    y = yield from h()
    z = (yield)
    await_ = yield 1, 2
    f((yield))
