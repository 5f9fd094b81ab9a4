def f(a, b):
    c = a + b
    d = c * 2
    return d
