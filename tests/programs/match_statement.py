def f(x):
    match x:
        case 0:
            return "zero"
        case [a, b]:
            return f"pair {a} {b}"
        case {"k": v}:
            return f"map {v}"
        case Point(x=0):
            return "origin-x"
        case str() as s:
            return "str " + s
        case _:
            return "other"
class Point:
    __match_args__ = ("x",)
    def __init__(self, x): self.x = x
for v in [0, [1, 2], {"k": 3}, Point(0), "s", 5.5]:
    print(f(v))
