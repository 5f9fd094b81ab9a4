def f(xs):
    return [y for y in [x for x in xs]]
