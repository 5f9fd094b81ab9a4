def f(n):
    return lambda x, k=n * 2: x + k + n
