def f(n):
    return [lambda: n, lambda: n + 1]
