# enumerate stepped in place over the iterators the loop steps itself, and over others.
l = [10, 20, 30]
print(list(enumerate(l)), list(enumerate(l, 5)), list(enumerate(l, -2)))
for i, x in enumerate(l):
    if i == 0:
        l.append(40)
    print(i, x)
print(list(enumerate(enumerate("ab"), 1)))
print(list(enumerate(range(3))), list(enumerate(range(10**20, 10**20 + 2))))
print(list(enumerate((1, 2))), list(enumerate("xé")), list(enumerate(b"hi")))
d = {"a": 1, "b": 2}
print(list(enumerate(d)), list(enumerate(d.items())), list(enumerate(d.values())))
try:
    for i, k in enumerate(d):
        d["c" + str(i)] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1}
try:
    for i, k in enumerate(s):
        s.add(2)
except RuntimeError as e:
    print("RuntimeError:", e)
e = enumerate([1, 2])
print(next(e), list(e), list(e))
e = enumerate(iter([7, 8]), 2**63 - 2)
print(list(e))
def g():
    yield "a"
    yield "b"
print(list(enumerate(g())), list(enumerate(map(str, [1, 2]))))
pairs = [p for p in enumerate([1, 2, 3])]
print(pairs, len(set(map(id, pairs))) == 3)
it = iter([1, 2, 3])
e = enumerate(it)
print(next(e), next(it), next(e))
print(list(enumerate([7, 8, 9], 2**63 - 2)))
print(list(enumerate([7, 8, 9], 2**64)), list(enumerate([1], -2**70)), list(enumerate([1, 2], True)))
class I:
    def __index__(self):
        return 3
print(list(enumerate("ab", I())), list(enumerate("ab", start=-1)))
for bad in (1.5, "x", None):
    try:
        enumerate([], bad)
    except TypeError as e:
        print("TypeError:", e)
