def f(a, b):
    return a is not b and not a is b
