# Sorting keys of one simple kind (ints, floats, strs) and of mixed or compound kinds:
# stability with and without reverse, NaN and signed zeros, surrogates, tuples, errors.
import math

class K:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v},{self.tag})"

pairs = [(3, "a"), (1, "b"), (3, "c"), (2, "d"), (1, "e"), (3, "f")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: str(p[0]), reverse=True))
print(sorted(pairs, key=lambda p: float(p[0])))
print(sorted([K(2, "x"), K(1, "y"), K(2, "z"), K(1, "w")]))
print(sorted([K(2, "x"), K(1, "y"), K(2, "z"), K(1, "w")], reverse=True))

zeros = [0.0, -0.0, 1.5, -0.0, 0.0, -2.0]
print([math.copysign(1, z) for z in sorted(zeros)])
print([math.copysign(1, z) for z in sorted(zeros, reverse=True)])
print(sorted([2.5, 1, 0.5, True, -3, 2]))
print(sorted([3, 1, 2**70, -2**65, 0]))
print(sorted([False, True, 0, 1, -1]))

nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([nan, 3.0, 1.0]))
print(sorted([(1, nan), (1, 2.0), (0, nan)]))
t = (nan,)
print(sorted([t, (0.0,), t]) == [t, (0.0,), t] or sorted([t, (0.0,), t]))

words = ["pear", "Apple", "apple", "éclair", "zeta", "Zeta", "", "a", "ab", "\U0001F600", "\uff21"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
sur = ["b\udc80", "b", "a\ud800x", "\udfff", "\ue000", "c"]
print([ascii(s) for s in sorted(sur)])
print([ascii(s) for s in sorted(sur, reverse=True)])

recs = [("b", 2, 0), ("a", 2, 1), ("b", 1, 2), ("a", 2, 0), ("a", 1, 5)]
print(sorted(recs))
print(sorted(recs, reverse=True))
print(sorted(recs, key=lambda r: (r[1], r[0])))
print(sorted([[2, 1], [1, 9], [2, 0], [1]]))
print(sorted([(1, "x"), (1, 2)], key=lambda r: r[0]))

for bad in ([1, "a", 2], [(1, 2), (1, "x")], [None, None], [1j, 2j]):
    lst = list(bad)
    try:
        lst.sort()
    except TypeError as e:
        print("TypeError:", e, lst == bad)

lst = [3, 1, 2]
def key(v):
    if v == 2:
        raise ValueError("no twos")
    return v
try:
    lst.sort(key=key)
except ValueError as e:
    print("ValueError:", e, lst)

lst = [5, 4, 3, 2, 1]
def grow(v):
    lst.append(v)
    return v
try:
    lst.sort(key=grow)
except ValueError as e:
    print("ValueError:", e, lst)

print(sorted([]), sorted([1]), sorted("bca"), sorted((3, 1, 2), reverse=True))
print(sorted(range(10), key=lambda v: v % 3))
print(sorted(range(10), key=lambda v: v % 3, reverse=True))
print(sorted(list(range(20)) + list(range(10))))
print(sorted({3: 1, 1: 2, 2: 3}.items(), key=lambda kv: kv[1], reverse=True))

# Inconsistent orders on short lists come out as CPython's (its own steps are followed).
vals = [5.0, nan, 1.0, 4.0, nan, 2.0, 3.0, 0.5, nan, 7.0]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(sorted([(v, i) for i, v in enumerate(vals)], key=lambda p: p[0]))
calls = []
class Odd:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return (self.v * 7 + other.v) % 3 == 0
    def __repr__(self):
        return f"O{self.v}"
odd = [Odd(i) for i in [4, 1, 3, 9, 2, 8, 5]]
print(sorted(odd), len(calls))
print(sorted(odd, reverse=True))
print(sorted([3, 2, 2, 1, 1, 0, 5], key=lambda v: Odd(v)))

class Bomb:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 0 or other.v == 0:
            raise RuntimeError("boom")
        return self.v < other.v
    def __repr__(self):
        return f"B{self.v}"
lst = [Bomb(v) for v in [5, 3, 4, 1, 0, 2]]
try:
    lst.sort()
except RuntimeError as e:
    print("RuntimeError:", e, lst)
lst = [Bomb(v) for v in [5, 3, 4, 1, 0, 2]]
try:
    lst.sort(reverse=True)
except RuntimeError as e:
    print("RuntimeError:", e, lst)
print(sorted([Bomb(v) for v in [9, 8, 7, 6, 5, 4, 3, 2, 1]]))
print(sorted([Bomb(v) for v in [1, 1, 3, 2, 2, 5, 4]], reverse=True))
big = [(i * 7919) % 1000 for i in range(500)]
print(sorted(big)[:10], sorted(big, reverse=True)[:5], sorted(map(str, big))[:5])
print(sorted([(v % 10, v) for v in big])[:6], sorted([float(v) for v in big])[-3:])
