# Special attributes of classes read repeatedly from one place in the code (the attribute
# cache answers them through `type`'s getters), across assignments to them.


class Point:
    """A point."""
    x: int = 0


class Sub(Point):
    pass


def names(cls):
    return cls.__name__, cls.__qualname__, cls.__module__, cls.__doc__ if cls in (Point, Sub) else "-"


for step in range(5):
    if step == 1:
        Point.__name__ = "Renamed"
    elif step == 2:
        Point.__qualname__ = "Outer.Renamed"
    elif step == 3:
        Point.__doc__ = "new doc"
    elif step == 4:
        Point.__module__ = "elsewhere"
    for cls in (Point, Sub, int, str, dict, type, object):
        print(step, names(cls))
    print(" ", [c.__name__ for c in Sub.__mro__], [b.__name__ for b in Sub.__bases__])
    print(" ", sorted(k for k in Point.__dict__ if not k.startswith("__")), Point.__annotations__)

try:
    Point.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError:", e)
for cls in (Point, Sub):
    print(cls.__name__, repr(cls)[:30])


class Meta(type):
    @property
    def __name__(cls):
        return "meta name"


class M(metaclass=Meta):
    pass


for i in range(2):
    print(M.__name__, type(M).__name__)
