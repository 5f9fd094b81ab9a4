class Shape[T: int, U = str, *Ts: object]:
    pass
