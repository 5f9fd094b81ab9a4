import functools

class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "Ver(" + ".".join(map(str, self.parts)) + ")"
    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    __hash__ = None

vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs))
print(Ver("1.0") == Ver("1.0"), Ver("1.0") != Ver("1.1"))
print(Ver("2.0") > Ver("1.9"))
print(Ver("2.0") >= Ver("2.0"))
print(Ver("1") == 1)
try:
    Ver("1") < 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Ver("1"))
except TypeError as e:
    print("TypeError:", e)
print(max(vs), min(vs))

class Tracer:
    def __init__(self, n): self.n = n
    def __eq__(self, o): print(f"eq {self.n} {getattr(o, 'n', o)}"); return NotImplemented
    def __gt__(self, o): print(f"gt {self.n}"); return NotImplemented
    def __lt__(self, o): print(f"lt {self.n}"); return NotImplemented
print(Tracer(1) == Tracer(2))
t = Tracer(3)
print(t == t)
try:
    Tracer(1) < Tracer(2)
except TypeError as e:
    print("TypeError:", e)

@functools.total_ordering
class Card:
    def __init__(self, r): self.r = r
    def __eq__(self, o): return self.r == o.r
    def __lt__(self, o): return self.r < o.r
print(Card(2) >= Card(1), Card(2) <= Card(1), Card(3) > Card(3))
