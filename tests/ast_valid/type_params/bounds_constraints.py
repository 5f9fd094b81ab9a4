class A[T: int, U: (int, str), *Ts, **P]:
    pass

def g[T: (bytes, str)](a: T) -> T:
    return a
