def f():
    raise ValueError
    x = 1
