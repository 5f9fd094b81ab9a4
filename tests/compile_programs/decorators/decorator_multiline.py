def deco(*a, **k): return lambda f: f
@deco(
    1,
    key="v",
)
def f():
    pass
