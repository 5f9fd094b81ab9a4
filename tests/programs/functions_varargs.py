def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(1, x=2))
def g(a, *rest):
    return a, rest
print(g(1, 2, 3))
