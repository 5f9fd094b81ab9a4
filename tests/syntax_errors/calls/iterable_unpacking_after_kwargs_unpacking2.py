g(a, b=1, **kw, *rest, *more)
