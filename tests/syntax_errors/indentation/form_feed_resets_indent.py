def f():
    pass
