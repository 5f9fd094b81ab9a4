def f(x):
    return t'{x!  a}'
