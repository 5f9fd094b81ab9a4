def f():
    pass
    # trailing