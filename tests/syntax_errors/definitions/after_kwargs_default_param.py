def f(**kw, a=1):
    pass
