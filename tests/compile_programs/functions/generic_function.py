def f[T, U: int, V: (str, bytes) = str](a: T, b: U) -> V:
    return a
