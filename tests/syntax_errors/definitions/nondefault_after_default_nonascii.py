def f(ä=1, ö):
    pass
