def f(a: int = 1, b=lambda x: x) -> int:
    return a
