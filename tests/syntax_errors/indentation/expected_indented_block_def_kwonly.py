def f(a, *, b) -> None:
