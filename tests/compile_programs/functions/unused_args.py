def f(a, b, c):
    return None
