f = lambda **kw, /: kw
