# Calls bound in place: *args and **kwargs at the call and in the parameters, with
# positional-only, keyword-only and defaulted parameters; every binding error.

def show(f, /, *args, **kwargs):
    try:
        print(f.__name__, f(*args, **kwargs))
    except TypeError as e:
        print(f.__name__, "TypeError:", e)


def plain(a, b, c=3):
    return (a, b, c)


def star(a, *rest):
    return (a, rest, type(rest).__name__)


def starstar(a, **kw):
    return (a, kw)


def both(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)


def posonly(a, b, /, c=0, **kw):
    return (a, b, c, kw)


def kwonly(*, x, y=5):
    return (x, y)


for f, args, kwargs in [
    (plain, (1, 2), {}),
    (plain, (1,), {"b": 5}),
    (plain, (), {"a": 1, "b": 2, "c": 9}),
    (plain, (1, 2, 3, 4), {}),
    (plain, (1,), {}),
    (plain, (1, 2), {"a": 7}),
    (plain, (1, 2), {"z": 7}),
    (star, (1,), {}),
    (star, (1, 2, 3), {}),
    (star, (), {"a": 1}),
    (star, (), {}),
    (starstar, (1,), {"x": 1, "y": 2}),
    (starstar, (), {"a": 1, "b": 2}),
    (starstar, (1,), {"a": 2}),
    (both, (1,), {"c": 3}),
    (both, (1, 2, 3, 4), {"c": 5, "e": 6, "f": 7}),
    (both, (1,), {}),
    (both, (), {"c": 1}),
    (both, (1, 2), {"c": 3, "d": None, "b": 9}),
    (posonly, (1, 2), {}),
    (posonly, (1, 2), {"a": 10, "b": 20}),
    (posonly, (1,), {"b": 2}),
    (posonly, (1, 2, 3), {"c": 4}),
    (kwonly, (), {"x": 1}),
    (kwonly, (), {"x": 1, "y": 2}),
    (kwonly, (), {}),
    (kwonly, (1,), {"x": 1}),
    (kwonly, (), {"x": 1, "z": 2}),
]:
    show(f, *args, **kwargs)

# Non-str keywords, and a mapping that is not a dict.
try:
    plain(1, 2, **{3: 4})
except TypeError as e:
    print("TypeError:", e)


class M:
    def keys(self):
        return ["b", "c"]

    def __getitem__(self, k):
        return k * 2


print(plain(1, **M()))

# Keyword order is kept in **kwargs; the dict is new.
d = {"z": 1, "b": 2, "m": 3}
got = starstar(0, **d)[1]
print(list(got), got is d)
got["q"] = 1
print(d)

# A tuple given with * is not the *args tuple; an empty one is the empty tuple.
t = (1, 2, 3)
r = star(0, *t)[1]
empty = ()
print(r == t, r is t, star(0)[1] is empty)


def empty_args(*a, **k):
    return a, k


print(empty_args(), empty_args(*(), **{}))

# Bound methods, closures and generators reached this way.


class C:
    def __init__(self, base):
        self.base = base

    def m(self, x, *more, scale=1, **kw):
        return (self.base + x) * scale, more, kw


c = C(10)
print(c.m(*(1,), **{"scale": 2}))
print(c.m(1, 2, 3, scale=3, extra=True))
print(C.m(c, *(5, 6), **{}))
m = c.m
print(m(*[7], **{"tag": "t"}))


def outer(n):
    def inner(*a, **k):
        return n + sum(a) + sum(k.values())

    return inner


print(outer(100)(*[1, 2], **{"x": 3}))


def gen(*a, **k):
    yield from a
    yield from sorted(k)


print(list(gen(*"ab", **{"q": 1, "p": 2})))


def fwd(*args, **kwargs):
    return plain(*args, **kwargs)


print(fwd(1, 2), fwd(1, b=2, c=4), fwd(c=1, b=2, a=3))
try:
    fwd(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

# Keyword calls of functions with *args / **kwargs (CALL_KW).
print(both(1, c=2), both(1, 2, 3, c=4, z=5), starstar(a=1, b=2), posonly(1, 2, a=3))
try:
    both(1, 2, a=3, c=1)
except TypeError as e:
    print("TypeError:", e)
try:
    starstar(1, a=2)
except TypeError as e:
    print("TypeError:", e)

# Defaults and keyword-only defaults replaced after definition.
both.__kwdefaults__ = {"c": "C", "d": "D"}
print(both(*(1,)))
both.__kwdefaults__ = None
try:
    both(*(1,))
except TypeError as e:
    print("TypeError:", e)
plain.__defaults__ = (1, 2, 3)
print(plain(*()), plain(**{}))

# Deep recursion through f(*args) ends in RecursionError.
def down(*a):
    return down(*a)


try:
    down(1)
except RecursionError as e:
    print("RecursionError:", e)
