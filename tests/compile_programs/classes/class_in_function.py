def f():
    class Local:
        x = 1
    return Local
