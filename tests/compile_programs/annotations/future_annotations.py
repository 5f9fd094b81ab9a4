from __future__ import annotations
def f(a: int) -> str:
    return str(a)
x: list[int] = []
class C:
    y: C
