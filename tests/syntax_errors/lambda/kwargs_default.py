f = lambda **kw=1: kw
