def g():
    r = yield from range(3)
    return r
