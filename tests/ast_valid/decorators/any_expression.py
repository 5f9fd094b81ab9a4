@a.b.c
@x[0]
@(lambda f: f)
@f(1)(2)
@a if b else c
@x := y
@a or b
def f():
    pass
