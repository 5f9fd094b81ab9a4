def g():
    x: int = yield
    y: tuple = 1, 2
    z: tuple = *a, b
