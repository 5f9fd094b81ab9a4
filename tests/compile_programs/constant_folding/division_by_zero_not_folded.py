def f():
    return 1 / 0
def g():
    return 1 % 0
