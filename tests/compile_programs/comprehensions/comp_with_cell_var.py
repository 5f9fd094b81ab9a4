def f():
    return [lambda: x for x in range(3)]
