f = lambda *, **kw: kw
