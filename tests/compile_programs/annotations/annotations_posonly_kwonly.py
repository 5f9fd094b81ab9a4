def f(a: int, /, b: str, *, c: float) -> None:
    pass
