def f[T = int, U]():
    pass
