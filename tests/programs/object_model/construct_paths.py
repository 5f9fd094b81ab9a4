# Calling a class: plain classes (object.__new__ and a Python __init__), and what changes
# the path: __init__/__new__ replaced later, base classes changed, metaclass __call__,
# abstract methods, exceptions, defaults, wrong arity, a non-None __init__ result.
import abc


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


print(vars(Point(1)), vars(Point(1, 2)), vars(Point(y=5, x=3)))
ps = [Point(i, i * i) for i in range(5)]
print([(p.x, p.y) for p in ps])

for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


# replacing __init__ after instances were made
def new_init(self, x, y=0):
    self.sum = x + y


p = Point(1, 2)
Point.__init__ = new_init
print(vars(Point(3, 4)), vars(p))


# __new__ added later takes over
class Later:
    def __init__(self, v):
        self.v = v


print(Later(1).v)


def later_new(cls, v):
    print("later_new", v)
    return object.__new__(cls)


Later.__new__ = later_new
print(Later(2).v)


# a base class change reaches subclasses
class Base:
    def __init__(self, v):
        self.v = v


class Child(Base):
    pass


print(Child(1).v)
Base.__init__ = lambda self, v: setattr(self, "v", v * 100)
print(Child(2).v)


# __new__ returning another type skips __init__
class Other:
    def __new__(cls, v):
        return v

    def __init__(self, v):
        print("never")


print(Other(7), type(Other("s")).__name__)


# metaclass __call__
class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(WithMeta(5).a)


# abstract classes
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    def __init__(self, n):
        self.n = n


class Square(Shape):
    def area(self):
        return self.n * self.n


try:
    Shape(1)
except TypeError as e:
    print("TypeError:", e)
print(Square(3).area())


# exception classes with a Python __init__
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


e = MyError(3)
print(e, e.code, e.args)


# __init__ raising: the traceback passes through it
class Fails:
    def __init__(self, n):
        if n < 0:
            raise ValueError(f"negative: {n}")
        self.n = n


try:
    Fails(-1)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError:", e, names)


# recursion through __init__
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


d = Deep(100)
depth = 0
while d is not None:
    depth += 1
    d = d.child
print("depth", depth)
try:
    Deep(100000)
except RecursionError as e:
    print("RecursionError:", e)


# __init__ with *args / keyword-only parameters (the general path)
class Flexible:
    def __init__(self, *args, key=None, **kw):
        self.args, self.key, self.kw = args, key, kw


f = Flexible(1, 2, key=3, extra=4)
print(f.args, f.key, f.kw)


# classes made in a loop are constructed and then collected
import gc
made = []
for i in range(3):
    class Tmp:
        def __init__(self, i):
            self.i = i
    made.append(Tmp(i).i)
    del Tmp
print(made, gc.collect() >= 0)


# a __slots__ class
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b=2):
        self.a, self.b = a, b


s = Slotted(1)
print(s.a, s.b, hasattr(s, "__dict__"))
