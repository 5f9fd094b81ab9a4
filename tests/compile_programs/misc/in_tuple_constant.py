def f(x):
    return x in ("a", "b") or x not in (1, 2)
