def deco(*args):
    return lambda f: f
@deco(1, 2)
def f():
    pass
