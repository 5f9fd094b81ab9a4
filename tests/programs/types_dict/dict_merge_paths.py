# Merging dicts by every route ({**a, **b}, f(**a, **b), d.update, |=, |, dict(d), copy):
# key order and which key object stays, sources with deleted entries, equal keys of
# different types, keys with their own __eq__/__hash__, subclasses, the same dict twice,
# and the copies staying independent.

base = {f"k{i}": i for i in range(12)}
extra = {"k3": "three", "new": 1, "k0": "zero"}
print({**base, **extra})
print({**extra, **base})
print({**{}, **base} == base, list({**base}) == list(base))

holes = {i: i * i for i in range(20)}
for i in range(0, 20, 3):
    del holes[i]
merged = {**holes}
print(merged, len(merged))
merged[100] = "added"
holes[200] = "other"
print(100 in holes, 200 in merged, len(merged), len(holes))
again = {**holes, **{1: "one", 999: "end"}}
print(list(again)[:5], again[1], list(again)[-3:])

nums = {1: "int", 2.5: "float"}
print({**nums, **{1.0: "float one", True: "bool"}})
print({**{True: "t"}, **{1: "i", 1.0: "f"}})
print({**{(1, 2): "a"}, **{(1.0, 2.0): "b"}})


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n or other == self.n

    def __repr__(self):
        return f"Key({self.n})"


print({**{Key(1): "key"}, **{1: "int"}})
print({**{1: "int"}, **{Key(1): "key"}})
d = {"a": 1}
d.update({Key(2): 2})
d.update({"a": 3, 2: "two"})
print(d)


def f(**kw):
    return sorted(kw.items())


a = {"x": 1, "y": 2}
b = {"z": 3}
print(f(**a, **b), f(**{}, **a))
try:
    f(**a, **{"y": 5})
except TypeError as e:
    print("TypeError", e)
try:
    f(**a, **a)
except TypeError as e:
    print("TypeError", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError", e)

same = {"p": 1, "q": 2}
same.update(same)
same |= same
print(same, {**same, **same})
u = {}
u.update(base)
u.update(extra)
print(u == {**base, **extra}, list(u) == list({**base, **extra}))
u["k5"] = "changed"
print(base["k5"], u["k5"])
v = dict(base)
w = base.copy()
x = base | extra
base["k1"] = "mutated"
print(v["k1"], w["k1"], x["k1"], x["k3"], len(x))
y = dict(holes)
y.update(holes)
print(y == holes, list(y) == list(holes))


class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v)

    def keys(self):
        print("keys called")
        return super().keys()


sub = D(a=1)
sub.update({"b": 2})
print(sub, {**sub, **{"c": 3}})
plain = {}
plain.update(sub)
print(plain)
print({**D(m=1)}, dict(D(n=2)))
