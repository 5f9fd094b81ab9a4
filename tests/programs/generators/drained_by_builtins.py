# Built-ins that drain a generator (sum, any, all, list, tuple, sorted, str.join, next):
# results, the order of side effects, errors at the call with the generator left
# suspended, items that run Python code (__add__, __radd__, __bool__), generators that
# raise, return values, `yield from`, shadowed names, subclasses, re-entry.
import sys


def numbers(n, log=None):
    for i in range(n):
        if log is not None:
            log.append(i)
        yield i


print(sum(x for x in range(10)), sum(numbers(5)), sum(numbers(0)))
print(sum((x * 0.1 for x in range(10)), 0.0), sum(x for x in [0.1] * 10))
print(sum(x for x in [1, 2.5, 3]), sum((x for x in [1, 2]), 0.5), sum(x for x in [True, True, 3]))
print(sum((x for x in [10**20, 10**20]), 1), sum(x for x in [2**62, 2**62, -(2**63)]))
print(sum(([i] for i in range(3)), []), sum(((i,) for i in range(3)), ()))
print(sum(x for x in [1e308, 1e308, -1e308]), sum(x for x in [float("inf"), 1.0]))
print(sum((x for x in [1, 2]), start=10))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)))
print(any(x > 50 for x in range(10)), all(x < 50 for x in range(10)), any(()), all(x for x in ()))
print(any(x for x in [0, "", None, [], (), {}, 0.0]), all(x for x in [1, "a", [0], (0,), {0: 0}, 0.5]))
print(list(x * 2 for x in range(5)), tuple(str(x) for x in range(3)), sorted(-x for x in range(4)))
print(list(x for x in ()), tuple(x for x in ()), sorted(x for x in ()), repr("".join(x for x in ())))
print("-".join(str(x) for x in range(5)), "".join(c.upper() for c in "abc"), "x".join(c for c in "q"))
print(", ".join(w for w in ["é", "λ", "😀"]), sorted(x for x in ["b", "a", "c"]))

# Side effects interleave as with next() in a loop; any/all stop early.
log = []
print(any(x == 3 for x in numbers(10, log)), log)
log = []
it = numbers(10, log)
print(all(x < 4 for x in it), log, next(it), log)
it = (x for x in range(10))
print(any(x == 3 for x in it), next(it), list(it))
it = (x for x in range(6))
next(it)
print(sum(it), list(it))


# A generator left suspended by an early stop is closed when it is freed.
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")


print(any(closing()))
print("after any")


# Errors from the built-in come from the call; the generator is suspended, not finished.
def mixed():
    print("yield 1")
    yield 1
    print("yield a")
    yield "a"
    print("yield 3")
    yield 3


try:
    sum(mixed())
except TypeError as e:
    print("sum:", e)
g = mixed()
try:
    sum(g)
except TypeError as e:
    print("sum again:", e, next(g))
try:
    ", ".join(x for x in [1, "a"])
except TypeError as e:
    print("join:", e)
try:
    sorted(x for x in [1, "a"])
except TypeError as e:
    print("sorted:", e)
try:
    sum(x for x in [[1], 2])
except TypeError as e:
    print("sum list:", e)


class Box:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("add", self.v, other.v if isinstance(other, Box) else other)
        return Box(self.v + (other.v if isinstance(other, Box) else other))

    def __radd__(self, other):
        print("radd", other, self.v)
        return Box(other + self.v)

    def __bool__(self):
        print("bool", self.v)
        return self.v > 1


def boxes(values):
    for v in values:
        print("yield", v)
        yield Box(v) if v >= 0 else -v
    print("boxes done")


print(sum(boxes([1, 2, 3])).v)
print(sum(boxes([-1, -2, 3, -4])).v)
g = boxes([0, 1, 2, 3])
print(any(g), next(g).v)
print(all(boxes([3, 0, 5])))


# Exceptions raised inside the generator go through the call.
def raiser():
    yield 1
    raise ValueError("boom")


for f in (sum, any, list, tuple, sorted):
    try:
        f(raiser())
    except ValueError as e:
        print(f.__name__, "caught", e)
try:
    "".join(str(x) for x in raiser())
except ValueError as e:
    print("join caught", e)


# A return value is dropped; `yield from` delegates items.
def with_return():
    yield 1
    return 99


def delegating():
    yield 0
    r = yield from with_return()
    yield r
    yield from [5, 6]


print(sum(with_return()), list(delegating()), sum(delegating()))


# The generator is running while it is drained.
def watcher():
    yield gen.gi_running
    try:
        next(gen)
    except ValueError as e:
        yield str(e)


gen = watcher()
print(list(gen))


# Names rebound, subclasses and other receivers take the general path.
class MyList(list):
    pass


class MyStr(str):
    pass


print(type(MyList(x for x in range(2))).__name__, MyList(x for x in range(2)))
print(MyStr("+").join(x for x in "ab"), b"-".join(bytes([x]) for x in b"ab"))


def shadow():
    sum = lambda it: "shadowed " + str(list(it))
    return sum(x for x in range(3))


print(shadow())


# Freed items go as they are consumed by sum (no list is kept).
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def __radd__(self, other):
        return other + self.n


print(sum(Noisy(i) for i in range(3)))


# Nested drains, drains in generators, recursion.
def tree_size(t):
    return 1 + sum(tree_size(c) for c in t)


print(tree_size([[[], []], [[[]]]]), list(sum(y for y in range(x)) for x in range(5)))


def deep(n):
    return 0 if n == 0 else 1 + sum(deep(m) for m in [n - 1])


print(deep(100), sys.getrecursionlimit())


def uncaught():
    return sum(x for x in [1, None])


uncaught()
