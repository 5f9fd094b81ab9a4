kw = {}
f(**kw)
f(**kw, **kw)
f(a=1, **kw)
