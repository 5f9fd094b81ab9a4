def f(*, key=None, reverse=False):
    return key, reverse
