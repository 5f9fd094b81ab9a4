def f():
    while 1:
        pass
