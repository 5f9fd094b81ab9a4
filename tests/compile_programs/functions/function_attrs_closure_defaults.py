def outer(x):
    def inner(a=1, *, b=2) -> int:
        return x + a + b
    return inner
