d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = d.get(w, 0) + 1
print(d)
del d["quick"]
d["quick"] = 9
print(list(d))
d["the"] = 100
print(list(d)[0], d["the"])
c = {3: "c", 1: "a", 2: "b"}
print(c, list(c.items())[-1], dict(sorted(c.items())))
d1 = dict(a=1, b=2)
d2 = dict(b=2, a=1)
print(d1 == d2, list(d1) == list(d2))
x = {}
x[1] = "int"
x[1.0] = "float"
x[True] = "bool"
print(x)
y = {True: "t"}
y[1] = "one"
print(y)
print({n: n * n for n in range(5)}, dict.fromkeys(range(3), 0))
m = {i: i for i in range(20)}
for i in range(0, 20, 2):
    del m[i]
print(list(m)[:5], len(m))
m.update({0: "new"})
print(list(m)[-1], next(iter(m)))
print({(1, 2): "t", None: "n", 2.5: "f", frozenset([1]): "fs"})
