# Attribute caches across class changes (versions handed out on first lookup and taken
# away on change), set operators and set iteration after changes, tuple and int hashing.

class A:
    x = 1
    def m(self):
        return "A.m"

class B(A):
    pass

class C(B):
    pass

b, c = B(), C()
print(b.x, c.x, c.m())
A.x = 2
print(b.x, c.x)
B.x = 3
print(b.x, c.x, A.x)
del B.x
print(b.x, c.x)
A.m = lambda self: "new m"
print(c.m(), b.m())

# A class changed before anything looked through it, then looked up, then changed again.
class D(A):
    pass
D.y = 10
A.y = 20
print(D.y, D().y)
del D.y
print(D.y)
for i in range(3):
    A.x = i
    print(C.x, end=" ")
print()

# A subclass made after its base was looked up and changed.
A.z = "z1"
print(A.z)
class E(C):
    pass
print(E.z)
A.z = "z2"
print(E.z, E().z)

# Deep chain.
classes = [A]
for i in range(50):
    classes.append(type(f"K{i}", (classes[-1],), {}))
leaf = classes[-1]()
print(leaf.x, leaf.m())
classes[25].x = "mid"
print(leaf.x, classes[10]().x)
del classes[25].x
print(leaf.x)

# Set operators: the result's type, elements and order.
s = {3, 1, 2}
f = frozenset([2, 3, 4])
for r in (s - f, s | f, s & f, s ^ f, f - s, f | s, f & s, f ^ s):
    print(type(r).__name__, sorted(r))
print(sorted({1, 2.0, (1, 2)} | {2, (1, 2), "a"}, key=repr))
print({1} | {1.0}, {1.0} | {1}, {True} | {1})
nan = float("nan")
print(len({nan} | {nan}), len({nan} - {float("nan")}))
t1, t2 = (1, (2, 3)), (1, (2, 3))
print({t1} & {t2}, {(-1, -2)} ^ {(-1, -2)}, {-1, -2} - {-2})
print({10**20, 2**61 - 1, 2**61, -(2**61)} & {2**61, 10**20})
print(hash((1, 2)) == hash((1, 2)), hash(-1), hash((-1,)) == hash((-2,)), hash(2**61 - 1) == hash(float(2**61 - 1)))

# Iteration order after adds and removes (cached orders must follow the changes).
s = set(range(10))
print(list(s))
s.remove(3)
print(list(s))
s.add(100)
s.add(3)
print(list(s))
s.discard(100)
print(list(s), list(s))
fs = frozenset([5, 9, 1, 33])
print(list(fs), list(fs), sorted(fs))
u = set()
for i in range(20):
    u.add(i * 7 % 13)
    print(list(u))

# str keys hashed once and looked up many times.
d = {}
words = ["alpha", "beta", "gamma", "alpha", "beta", "alpha"]
for w in words:
    d[w] = d.get(w, 0) + 1
print(d)
key = "".join(["gam", "ma"])
print(key in d, d[key], {key: 1} == {"gamma": 1})

# Built-in constructors called through the type.
print(list(enumerate("ab", 5)), list(zip("ab", [1, 2])), list(map(abs, [-1, 2])))
class R(reversed):
    pass
print(type(R([1, 2])).__name__ in ("R", "reversed"))

# set.add and friends with the wrong number of arguments.
for call in (lambda: s.add(), lambda: s.add(1, 2), lambda: s.remove(), lambda: s.discard(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError:", e)
