def f[T = int, *Ts = *tuple[int, ...], **P = [int, str]](x: T) -> T:
    return x

class C[T: str = str]:
    pass
