def deco(f): return f
@deco
def f[T](x: T) -> T:
    return x
