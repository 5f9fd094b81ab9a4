# `for a, b in ...:` over every kind of iterator: the pair's items reach the two names
# whether the iterator makes a fresh pair per step (enumerate, zip, dict items) or yields
# stored tuples, and wrong shapes raise CPython's errors at the loop.


def pairs(it):
    out = []
    for a, b in it:
        out.append((a, b))
    return out


d = {"a": 1, "b": 2, "c": 3}
print(pairs(d.items()))
print(pairs(enumerate("xyz")))
print(pairs(enumerate("xyz", 5)))
print(pairs(enumerate([], 5)))
print(pairs(enumerate(range(3), 2**63 - 2)))
print(pairs(enumerate(range(2), -(2**70))))
print(pairs(zip([1, 2, 3], "ab")))
print(pairs(zip(range(3), (7, 8, 9))))
print(pairs(zip(range(10**20, 10**20 + 2), "pq")))
print(pairs([(1, 2), (3, 4)]))
print(pairs([[1, 2], "xy", (5, 6), b"AB", {9: 0, 8: 0}]))
print(pairs({(1, 2)}))
print(pairs(iter([(0, 1)])))
print(pairs(reversed([(1, 2), (3, 4)])))
print(pairs(map(divmod, [7, 9], [2, 4])))
print(pairs(filter(None, [(0, 0), (), (1, 1)][::2])))
print(pairs(x for x in [(1, "one"), (2, "two")]))
print(pairs(enumerate(map(str, range(3)))))
print(pairs(enumerate(x * x for x in range(3))))
print(pairs(zip(iter([1, 2]), (x for x in "ab"))))
print(pairs(d.items().__reversed__()))

# enumerate over enumerate, zip of zips, nested unpacking
for i, (j, c) in enumerate(enumerate("ab", 10)):
    print(i, j, c)
for (a, b), c in zip(zip("ab", "cd"), "ef"):
    print(a, b, c)

# The same name twice: the second item wins.
for a, a in [(1, 2), (3, 4)]:
    print(a)

# A zip over one iterator twice takes turns.
it = iter(range(6))
print(pairs(zip(it, it)))

# Items the loop cannot unpack.
for bad in ([(1, 2), (3, 4, 5)], [(1, 2), (3,)], [(1, 2), 7], [(1, 2), None], ["abc"]):
    try:
        for a, b in bad:
            print("got", a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# The iterator changes under the loop.
try:
    for k, v in d.items():
        d[k + k] = v
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(d))
s = {1, 2}
try:
    for i, x in enumerate(s):
        s.add(i + 10)
except RuntimeError as e:
    print("RuntimeError", e)
lst = [(1, 2)]
for a, b in lst:
    if len(lst) < 4:
        lst.append((a + 10, b + 10))
    print(a, b)

# The same enumerate, stepped by the loop and by next() in turn.
e = enumerate([10, 20, 30, 40, 50])
for i, x in e:
    print(i, x, next(e, None))

# A zip that stops on its shorter input keeps the rest of the longer one.
longer = iter([1, 2, 3])
for a, b in zip(longer, [9]):
    print(a, b)
print(list(longer))

# Exceptions, break and else inside such loops.
def find(pairs_, key):
    for k, v in pairs_:
        if k == key:
            break
    else:
        return "missing"
    return v

print(find(d.items(), "b"), find(enumerate("abc"), 2), find(zip("ab", "cd"), "z"))

def raising():
    for i, x in enumerate("abc"):
        if x == "b":
            raise KeyError(i)

try:
    raising()
except KeyError as e:
    print("KeyError", e)

# A tuple subclass: its items are unpacked; one that defines __iter__ is iterated.
class T(tuple):
    pass

class Backwards(tuple):
    def __iter__(self):
        return iter(tuple(reversed(self)))

print(pairs([T((1, 2)), Backwards((3, 4))]))

# Objects dropped as the loop moves on.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

def noisy_loop():
    for i, obj in enumerate([Noisy(1), Noisy(2)]):
        print("step", i, obj.n)
    print("loop done")

noisy_loop()

# Many locals: the names are stored one by one.
def many_locals():
    v0 = v1 = v2 = v3 = v4 = v5 = v6 = v7 = v8 = v9 = v10 = v11 = v12 = v13 = v14 = v15 = 0
    out = []
    for v16, v17 in enumerate("ab"):
        out.append((v16, v17))
    return out, v0 + v15

print(many_locals())

# Comprehensions and generator expressions unpack the same way.
print([k * v for k, v in [(1, 2), (3, 4)]])
print({k: i for i, k in enumerate("abc")})
print(sum(i * x for i, x in enumerate([5, 6, 7])))

# At module level the names are globals.
for gk, gv in zip("xy", (1, 2)):
    pass
print(gk, gv)

# A generator that unpacks pairs from another generator.
def gen_pairs():
    for i, c in enumerate("ab"):
        yield c, i

for c, i in gen_pairs():
    print(c, i)
