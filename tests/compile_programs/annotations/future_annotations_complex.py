from __future__ import annotations
def f(a: dict[str, list[int | None]], *, b: "quoted" = None) -> tuple[int, ...]:
    pass
