def f[class]():
    pass
