def f(**kwargs):
    return kwargs
