# LOAD_FAST_CHECK where a local may be unbound (deleted, bound on one path, loop-bound).
def f(c):
    if c:
        x = 1
    return x
def g():
    x = 1
    del x
    return x
def h(items):
    for i in items:
        pass
    return i
def k(c):
    try:
        y = c()
    except Exception:
        pass
    return y
def m(a):
    return a, b
