d = dict.fromkeys(["a", "b"], 0); print(d)
print(dict.fromkeys("xy"), dict.fromkeys(range(3), []))
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print(ex)
d.update({"x": 9}); d.update([("y", 8)], z=7); d.update(w=6); print(d)
d.clear(); print(d, len(d))
d = {"a": 1, "b": 2}
k = d.keys(); v = d.values(); it = d.items()
print(k, v, it)
print(k & {"a", "z"}, k | {"c"} == {"a", "b", "c"}, k - {"a"}, k ^ {"a", "q"} == {"b", "q"})
print(it & {("a", 1)}, ("a", 1) in it, ("a", 2) in it, "a" in k, 1 in v)
print(k == {"a", "b"}, k.isdisjoint({"c"}), sorted(k), list(reversed(d)), list(reversed(k)))
d["c"] = 3; print(k, len(k))
m = {"a": 1} | {"b": 2}; print(m)
m |= {"a": 5, "c": 6}; print(m)
m |= [("d", 7)]; print(m)
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("q", []), d)
print(d.pop("q"), d.pop("nope", None))
try:
    d.pop("nope")
except KeyError as ex:
    print(repr(ex))
c = d.copy(); c["new"] = 1; print(d, c)
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, dict(a=1, b=2), dict([(1, 2)]), dict({1: 2}, x=3))
try:
    {} | [1]
except TypeError as ex:
    print(ex)
try:
    dict([1, 2])
except TypeError as ex:
    print(ex)
try:
    dict([(1, 2, 3)])
except ValueError as ex:
    print(ex)
print(list(d.items()), sorted(d.keys() | d.keys()))
class M:
    def keys(self): return ["p", "q"]
    def __getitem__(self, k): return k * 2
print(dict(M()), {**{"a": 1}}, dict.fromkeys([1, 2]).keys())
x = {}
x.update(M()); print(x)
print(type({}.keys()).__name__, type({}.items()).__name__, repr({}.values()))
