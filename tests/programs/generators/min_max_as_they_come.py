# min() and max() compare items as the iterable gives them (CPython's min_max loop): an
# error stops the iteration at that item; ties keep the first; keys, defaults, several
# arguments; over generators (drained in the loop) and other iterators alike.


def items(values, log):
    for v in values:
        log.append(v)
        yield v


for f in (min, max):
    log = []
    print(f.__name__, f(items([3, 1, 4, 1, 5], log)), log)
    log = []
    try:
        f(items([3, "a", 4, 5], log))
    except TypeError as e:
        print(f.__name__, "error:", e, log)
    log = []
    try:
        f(iter(items([2, None, 7], log)))
    except TypeError as e:
        print(f.__name__, "error:", e, log)
    print(f(x for x in [2.5, 2, True, -1.0]), f(x for x in ["pear", "apple", "fig"]))
    print(f(x for x in [10**30, -(10**30), 5]), f((x for x in ()), default="empty"))
    print(f((x for x in ["bb", "a", "ccc"]), key=len), f("bb", "a", "ccc", key=len))
    print(f(map(abs, [-3, 2, -1])), f([(1, "b"), (1, "a")]), f(x for x in [(2, 1), (1, 9)]))
    try:
        f(x for x in ())
    except ValueError as e:
        print(f.__name__, "empty:", e)
    try:
        f(5)
    except TypeError as e:
        print(f.__name__, "not iterable:", e)
    try:
        f([], [], default=1)
    except TypeError as e:
        print(f.__name__, "default:", e)
    try:
        f()
    except TypeError as e:
        print(f.__name__, "no args:", e)


class Rank:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n

    def __gt__(self, other):
        print("gt", self.n, other.n)
        return self.n > other.n

    def __repr__(self):
        return f"Rank({self.n})"


def ranks():
    for n in [2, 5, 1]:
        print("yield", n)
        yield Rank(n)


print(min(ranks()), max(ranks()))
print(min(x for x in [1, 2, 0.5, 3]), max(x for x in [1, 1.0, True]))
a, b = [1], [1]
print(max(x for x in [a, b]) is a, min(x for x in [a, b]) is a)
print(max(len(w) for w in "the quick brown fox".split()), min(w.upper() for w in ["b", "a"]))
