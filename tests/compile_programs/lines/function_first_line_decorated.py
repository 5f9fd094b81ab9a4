def d(f): return f

@d

@d
def f():
    return 1
