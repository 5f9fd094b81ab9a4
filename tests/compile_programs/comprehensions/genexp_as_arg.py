def f(it):
    return list(x for x in it)
