class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(Point.__slots__)
print(type(Point.x).__name__)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 9
print(p.x)

class P3(Point):
    __slots__ = ("z",)
p3 = P3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z, hasattr(p3, "__dict__"))

class Loose(Point):
    pass
lo = Loose(5, 6)
lo.extra = 7
print(lo.extra, sorted(lo.__dict__))

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
