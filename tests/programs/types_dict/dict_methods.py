d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("d"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy()
d.clear()
print(d, e, dict.fromkeys("abc"), dict.fromkeys(["k"], []))
print(dict(a=1), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("ab", range(2))))
for bad in (lambda: {}["k"], lambda: {}.pop("k"), lambda: {}.popitem(), lambda: {[]: 1}, lambda: dict([1, 2]),
            lambda: dict([("a", 1, 2)]), lambda: {}.update(1), lambda: dict(1)):
    try:
        bad()
    except (KeyError, TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} != {1: 2})
try:
    {"a": 1} < {"b": 2}
except TypeError as err:
    print("TypeError:", err)
print(d | {"n": 1}, {"a": 1} | {"a": 2, "b": 3})
f = {"a": 1}
f |= {"b": 2}
f |= [("c", 3)]
print(f, repr({}), repr({1: {2: [3]}}), str({"q": "'"}))
print(sorted({3: 1, 1: 2}), list(reversed({"a": 1, "b": 2})), {**f, "a": 0}, dict(**f))
