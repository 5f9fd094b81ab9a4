def f() -> (yield from x):
    pass
