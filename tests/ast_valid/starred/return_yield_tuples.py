def f(a, b):
    return *a, *b

def g(a):
    yield *a, 1
    x = yield *a,
