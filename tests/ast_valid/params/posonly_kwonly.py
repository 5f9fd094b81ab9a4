def f(a, b=1, /, c=2, *, d, e=3, **kw):
    pass
def g(a, /):
    pass
def h(*, a):
    pass
