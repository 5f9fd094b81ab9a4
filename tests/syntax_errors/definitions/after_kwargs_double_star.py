def f(**kw, **other):
    pass
