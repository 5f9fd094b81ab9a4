decos = [lambda f: f]
@decos[0]
def f():
    pass
@(lambda f: f)
def g():
    pass
