def g():
    f(yield)
    f(1, yield 2)
