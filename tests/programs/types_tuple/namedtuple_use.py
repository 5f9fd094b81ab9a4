from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=9), Point._make([5, 6]))
print(p == (1, 2), isinstance(p, tuple), len(p), list(p), hash(p) == hash((1, 2)))
x, y = p
print(x + y, Point.__doc__, Point.x.__doc__)
P3 = namedtuple("P3", "x y z", defaults=[0])
print(P3(1, 2), P3._field_defaults, P3(1, 2, 3))
R = namedtuple("R", "a def class", rename=True)
print(R._fields)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"<{self.x},{self.y}>"
v = Vec(3, 4)
print(v, v.norm2(), v + (5,), type(v._replace(x=0)).__name__)
from typing import NamedTuple
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
e = Emp("ann")
print(e, e.dept, Emp._fields, Emp.__annotations__ if False else Emp._field_defaults)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
