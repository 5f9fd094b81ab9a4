def g():
    yield from it = 1
