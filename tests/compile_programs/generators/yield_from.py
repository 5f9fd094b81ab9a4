def g():
    yield from [1, 2]
    yield from h()
