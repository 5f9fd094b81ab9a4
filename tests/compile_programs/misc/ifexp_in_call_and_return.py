def f(x):
    return g(x if x else None, y=1 if x else 2)
