# Calls with keyword arguments: parameters filled by name, defaults and keyword-only
# defaults for the rest, methods and constructors, and the errors of calls that do not fit.
def f(a, b=2, *, c=3, d):
    return (a, b, c, d)


print(f(1, d=4), f(1, c=5, d=6), f(a=1, d=0), f(d=1, a=2, b=3))
for call in (lambda: f(1, a=2, d=3), lambda: f(1), lambda: f(1, e=2, d=1), lambda: f(1, 2, 3, d=4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def g(x, /, y):
    return x, y


print(g(1, y=2))
try:
    g(x=1, y=2)
except TypeError as e:
    print("TypeError:", e)


class C:
    def __init__(self, v=0, *, w=1):
        self.v = v + w

    def m(self, a, b=10):
        return a + b


print(C().m(a=1), C().m(1, b=2), C(v=3, w=4).v, C(w=2).v)
try:
    C().m(b=1)
except TypeError as e:
    print("TypeError:", e)


def h(a, b, **kw):
    return a, b, kw


def k(a, *args, b):
    return a, args, b


print(h(1, b=2, z=3), k(1, 2, b=3))


def kd(*, x=1):
    return x


kd.__kwdefaults__ = {"x": 5}
print(kd(), kd(x=0))
kd.__kwdefaults__ = None
try:
    kd()
except TypeError as e:
    print("TypeError:", e)


def many(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r):
    return a + r


print(many(*range(16), q=1, r=2), many(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, q=1, r=2))


def rec(n, acc=0):
    return acc if n == 0 else rec(n=n - 1, acc=acc + n)


print(rec(n=50))


def defaults_later(a, b=1):
    return a, b


defaults_later.__defaults__ = (7,)
print(defaults_later(a=0))
defaults_later.__defaults__ = None
try:
    defaults_later(a=0)
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], reverse=True), "x".center(5, "*"), dict(a=1, b=2))
