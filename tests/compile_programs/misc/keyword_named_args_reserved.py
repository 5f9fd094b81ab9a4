def f(**kw): return kw
r = f(print=1, match=2, case=3, type=4, _=5)
