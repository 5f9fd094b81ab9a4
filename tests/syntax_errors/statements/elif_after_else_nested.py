def f(x):
    if x:
        return 1
    else:
        return 2
    elif x is None:
        return 3
