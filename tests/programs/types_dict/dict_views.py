d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["e"] = 5
print(list(k), list(v), list(it))
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "e", "z"}, k - {"a"} == {"b", "c", "e"}, sorted(k ^ {"a", "q"}))
print(it & {("a", 1)}, k == {"a", "b", "c", "e"}, k.isdisjoint({"x"}), k <= {"a", "b", "c", "e", "f"})
print(v == v, list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k.mapping is d if hasattr(k, "mapping") else "no mapping", type(k).__name__, type(v).__name__, type(it).__name__)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d2 = {"x": 1}
try:
    for key in d2:
        del d2[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d2)
d3 = {1: "a", 2: "b"}
for key in d3:
    d3[key] = d3[key] * 2
print(d3)
print(dict(d3.items()), {val: key for key, val in d3.items()})
try:
    hash(d3.keys())
except TypeError as e:
    print("TypeError:", e)
