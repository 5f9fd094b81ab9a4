# Operator methods of Python classes: results, NotImplemented fallbacks, errors raised
# inside them, recursion, and comparisons used as conditions.
import sys


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __radd__(self, other):
        return V(other * 100 + self.x)

    def __sub__(self, other):
        return NotImplemented

    def __mul__(self, other):
        raise ValueError(f"no mul for {self.x}")

    def __lt__(self, other):
        if isinstance(other, V):
            return self.x < other.x
        return NotImplemented

    def __gt__(self, other):
        return "gt-truthy"

    def __eq__(self, other):
        return NotImplemented

    def __repr__(self):
        return f"V({self.x})"


class W:
    def __radd__(self, other):
        return "W.radd"

    def __rsub__(self, other):
        return "W.rsub"

    def __gt__(self, other):
        return "W.gt"


a, b = V(1), V(2)
print(a + b, a + 5, 5 + a)
print(a + W())
print(a - W())
try:
    a - b
except TypeError as e:
    print("TypeError:", e)
try:
    a * b
except ValueError as e:
    print("ValueError:", e)
print(a < b, b < a)
print(a < W())
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
print(a > b)
if a > b:
    print("truthy branch")
print(a == a, a == b, a != b)
l = [V(3), V(1), V(2)]
print(sorted(l, key=lambda v: v.x), min(l, key=lambda v: v.x))


class Sub(V):
    def __radd__(self, other):
        return "Sub.radd first"


print(a + Sub(7))


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


s = Seq(4)
print(s[2], list(s), [x for x in s])
try:
    s[9]
except IndexError as e:
    print("IndexError", e)


class Rec:
    def __add__(self, other):
        return self + other


limit = sys.getrecursionlimit()
sys.setrecursionlimit(150)
try:
    Rec() + 1
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(limit)


class Gen:
    def __add__(self, other):
        yield other


print(list(Gen() + 3))


class Defaults:
    def __getitem__(self, i, scale=10):
        return i * scale

    def __add__(self, other, *rest):
        return ("varargs", other, rest)


print(Defaults()[4], Defaults() + 1)


class Cmp:
    def __init__(self, k):
        self.k = k

    def __le__(self, other):
        return self.k <= other.k

    def __ge__(self, other):
        return self.k >= other.k


print(Cmp(1) <= Cmp(2), Cmp(3) >= Cmp(2), Cmp(1) >= Cmp(2))
x = V(10)
x += 5
print(x)


def deep(v):
    return v * 2


try:
    deep(V(4))
except ValueError:
    import traceback
    traceback.print_exc(file=sys.stdout)


class OnlyReflected:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return "radd"


class SubReflected(OnlyReflected):
    pass


try:
    OnlyReflected() + OnlyReflected()
except TypeError as e:
    print("TypeError:", e)
print(OnlyReflected() + SubReflected(), 1 + OnlyReflected())

V(5) * V(6)
