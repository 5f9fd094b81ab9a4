def a(f): return f
def b(f): return f
@a
@b
def f():
    pass
