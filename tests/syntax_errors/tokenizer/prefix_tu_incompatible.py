def f():
    return Tu'{x}'
