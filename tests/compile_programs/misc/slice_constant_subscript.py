def f(x):
    return x[1:2], x[::-1], x[:]
