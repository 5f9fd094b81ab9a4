# Properties read through LOAD_ATTR: getters, errors inside them, __getattr__ answering a
# getter's AttributeError, replaced properties, subclass overrides, deleters and setters.
class P:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 2

    @property
    def bad(self):
        return self.missing_attr

    @property
    def boom(self):
        raise KeyError("boom")


p = P(3)
print(p.v, [P(i).v for i in range(4)])
try:
    p.bad
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.boom
except KeyError as e:
    print("KeyError:", e)


class G(P):
    def __getattr__(self, name):
        return f"getattr:{name}"


g = G(5)
print(g.v, g.bad, g.other)
for _ in range(3):
    print(g.bad)


class Q(P):
    @property
    def v(self):
        return "Q.v"


print(Q(1).v, P(1).v)
P.v = property(lambda self: "lambda getter")
print(p.v)


def getter(self):
    return "plain getter"


P.v = property(getter)
print(p.v, p.v)


class S:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, value):
        self._x = value * 10

    @x.deleter
    def x(self):
        print("deleting")


s = S()
for i in range(3):
    s.x = i
    print(s.x)
del s.x
s.__dict__["x"] = "shadow?"
print(s.x)


class D:
    @property
    def deep(self):
        return self.deep


import sys

limit = sys.getrecursionlimit()
sys.setrecursionlimit(120)
try:
    D().deep
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(limit)


class Args:
    @property
    def two(self, extra=1):
        return extra


print(Args().two)
print(P(2).boom)
