def f():
    a = 1
    return max(a a)
