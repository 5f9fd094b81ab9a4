# collections.namedtuple field descriptors (_collections._tuplegetter) and renamed functions.
from collections import namedtuple
import functools

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, Point.x.__doc__, type(Point.x).__name__, Point._fields)
for bad in (lambda: setattr(p, "x", 5), lambda: delattr(p, "y"), lambda: Point(1)):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(p._replace(x=9), p._asdict(), Point._make([3, 4]), p == (1, 2))
try:
    Point.x.__get__([1, 2])
except TypeError as e:
    print("TypeError:", e)

def original(a, b):
    return a + b

def wrapper(*args):
    return original(*args)

functools.update_wrapper(wrapper, original)
print(wrapper.__name__, wrapper.__qualname__, repr(wrapper).split(" at ")[0], wrapper(1, 2))
wrapper.__qualname__ = "Renamed.thing"
try:
    original(1)
except TypeError as e:
    print("TypeError:", e)
print(repr(wrapper).split(" at ")[0])
try:
    wrapper.__name__ = None
except TypeError as e:
    print("TypeError:", e)

def needs(a):
    pass

needs.__qualname__ = "Other.needs"
try:
    needs()
except TypeError as e:
    print("TypeError:", e)
