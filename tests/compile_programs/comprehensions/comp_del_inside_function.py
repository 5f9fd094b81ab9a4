def f(xs):
    r = [x for x in xs]
    del xs
    return r
