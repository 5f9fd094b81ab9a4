# next(generator, default) from Python code: items, the default once the generator ends
# (whatever it returned), a generator that raises, one that raises StopIteration inside,
# one already running, closed or finished, defaults that are objects with __del__, and the
# traceback through the call.
import sys


def count(n):
    for i in range(n):
        yield i
    return "returned"


g = count(3)
print([next(g, "end") for _ in range(5)])
print(next(g, None), next(g, 0), next(count(0), "empty"))


def boom():
    yield 1
    raise KeyError("inside")


b = boom()
print(next(b, "d"))
try:
    next(b, "d")
except KeyError as e:
    print("KeyError", e)
print(next(b, "after"))


def stops():
    yield 1
    raise StopIteration("early")


s = stops()
print(next(s, "d"))
try:
    next(s, "d")
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)


def selfref():
    yield next(me, "inner default")


me = selfref()
try:
    next(me, "outer")
except ValueError as e:
    print("ValueError", e)

c = count(5)
print(next(c, "x"))
c.close()
print(next(c, "closed"))


class Token:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def one():
    yield "item"


o = one()
print(next(o, Token("a")))
print("between")
r = next(o, Token("b"))
print(r.name)
del r
print("after del")


def merge(a, b):
    xa = next(a, None)
    xb = next(b, None)
    while xa is not None and xb is not None:
        if xa <= xb:
            yield xa
            xa = next(a, None)
        else:
            yield xb
            xb = next(b, None)
    while xa is not None:
        yield xa
        xa = next(a, None)
    while xb is not None:
        yield xb
        xb = next(b, None)


print(list(merge(iter([1, 4, 9]), count(6))))
print(list(merge(count(3), count(0))))


def nested():
    inner = count(2)
    while True:
        v = next(inner, None)
        if v is None:
            return
        yield v * 10


print(list(nested()), sum(nested()))


def fails():
    yield 1
    1 / 0


def caller():
    f = fails()
    next(f, None)
    return next(f, None)


try:
    caller()
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
print(next(iter([]), "list default"), next(iter("ab"), "x"))
caller()
