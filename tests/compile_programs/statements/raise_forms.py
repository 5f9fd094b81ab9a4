def f(a):
    if a == 1:
        raise
    if a == 2:
        raise ValueError
    if a == 3:
        raise ValueError("x")
    raise ValueError("y") from None
