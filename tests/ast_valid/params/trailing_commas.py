def f(a,): pass
def g(a, /,): pass
def h(*, a,): pass
def k(**kw,): pass
def m(*a,): pass
