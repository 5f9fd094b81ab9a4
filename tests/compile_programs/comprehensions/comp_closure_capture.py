def f():
    k = 2
    return [lambda: x * k for x in range(3)]
