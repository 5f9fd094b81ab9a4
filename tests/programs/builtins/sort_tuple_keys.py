# Sorting by tuples: lists of pairs, key functions returning tuples, reverse and
# stability, tuples of different lengths, and columns whose kinds differ (compared by the
# general protocol, errors included).


def lcg(seed, n, mod):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((seed >> 8) % mod)
    return out


nums = lcg(7, 300, 20)
words = ["".join(chr(97 + (v >> k) % 5) for k in (0, 3)) for v in lcg(11, 300, 1 << 12)]
recs = list(zip(words, nums, range(300)))

# Stability: the third column is the original position.
by_word = sorted(recs, key=lambda r: (r[0],))
print(by_word[:6], all(a[2] < b[2] for a, b in zip(by_word, by_word[1:]) if a[0] == b[0]))
by_num_desc = sorted(recs, key=lambda r: (-r[1], r[0]))
print(by_num_desc[:5])
rev = sorted(recs, key=lambda r: (r[1], r[0]), reverse=True)
print(rev[:5], all(a[2] < b[2] for a, b in zip(rev, rev[1:]) if a[:2] == b[:2]))
print(sorted(recs)[:4], sorted(recs, reverse=True)[:4])
pairs = [(n, w) for w, n, _ in recs]
pairs.sort()
print(pairs[:5], pairs[-3:])
pairs.sort(key=lambda p: (p[1], -p[0]), reverse=True)
print(pairs[:5])

# Floats: -0.0 equals 0.0 and keeps its place; negative and fractional values order.
fl = [(0.0, "a"), (-0.0, "b"), (-1.5, "c"), (2.25, "d"), (-0.0, "a"), (0.0, "a")]
print(sorted(fl), sorted(fl, reverse=True))
print(sorted([(1.5, 0), (float("inf"), 1), (-float("inf"), 2), (1e300, 3)]))

# Lengths differ: a prefix sorts first.
print(sorted([(1, 2), (1,), (), (1, 2, 0), (0, 9), (1, 1, 5)]))
print(sorted([("a",), ("a", "b"), ("",), ("a", "a", "a")], reverse=True))

# Code points beyond ASCII and astral ones.
print(sorted([("é", 1), ("z", 2), ("\U0001F600", 3), ("e\u0301", 4), ("Z", 5)]))

# Mixed kinds in a column: ints with floats and bools compare numerically.
print(sorted([(1, "b"), (0.5, "a"), (True, "c"), (1.0, "a"), (False, "z")]))
# Big ints, NaN, None and nested tuples go through the general comparison.
print(sorted([(2**70, 1), (-(2**70), 2), (5, 3)]))
nan = float("nan")
print(sorted([(nan, 1), (1.0, 2), (0.5, 3)]))
print(sorted([((1, 2), "x"), ((1,), "y"), ((0, 5), "z")]))

# A column of ints and strs raises only when a comparison reaches it.
print(sorted([(1, "x"), (2, 5), (3, "y")]))
for bad in ([(1, "x"), (1, 5)], [(1, 2), ("a", 3)], [(None, 1), (None, 2)]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError", e)

# Tuples of a user class: its __lt__ and __eq__ run.
class K:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        K.calls += 1
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return f"K({self.v})"

print(sorted([(1, K(3)), (1, K(1)), (0, K(2))]), K.calls > 0)

# A tuple subclass whose __lt__ reverses the order.
class Rev(tuple):
    def __lt__(self, other):
        return tuple.__gt__(self, other)

print(sorted([Rev((1, 2)), Rev((3, 4)), Rev((2, 0))]))

# Strings with lone surrogates compare by code point.
print(sorted([("\udc80", 1), ("\ud800", 2), ("a", 3)]))

# The same keys through min, max and sorted on dict items.
counts = {w: n for w, n, _ in recs}
print(sorted(counts.items())[:4], sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(min(recs), max(recs), min(recs, key=lambda r: (r[1], r[2])))
