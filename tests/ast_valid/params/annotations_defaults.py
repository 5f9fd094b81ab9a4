def f(a: int, b: str = 'x', /, c: 'Fwd' = None, *args: int, d: float = 1.0, **kw: object) -> bool:
    pass
