# `in` and `not in` on dicts, sets and frozensets: str, int, float, bool, tuple, None and
# NaN keys, a set looked up as a frozenset, unhashable keys, keys with their own __eq__ and
# __hash__, str subclasses, and dicts grown past their small form.
nan = float("nan")
d = {"a": 1, 2: "two", 3.5: "f", (1, "x"): "t", None: 0, nan: "nan", frozenset({1}): "fs"}
s = set(d)
fs = frozenset(d)
probes = ["a", "b", 2, 2.0, True, 1, 3.5, (1, "x"), (1.0, "x"), None, nan, float("nan"), frozenset({1}), frozenset()]
for c in (d, s, fs):
    print(type(c).__name__, [p in c for p in probes], [p not in c for p in probes[:4]])
for c in (d, s, fs):
    for bad in ([1], {"k": 1}, {1}, {2}):
        try:
            print(type(c).__name__, bad in c)
        except TypeError as e:
            print(type(c).__name__, "TypeError", e)


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other


print(K("a") in d, "a" in {K("a"): 1}, K(9) in s)


class S(str):
    pass


print(S("a") in d, S("zz") in d, S("a") in s, "a" in {S("a"): 1})
big = {f"key{i}": i for i in range(100)}
print("key7" in big, "key100" in big, "key99" not in big, 5 in big)
big_set = set(range(0, 1000, 7))
print(sum(1 for i in range(1000) if i in big_set), 700 in big_set, 701 in big_set)
grown = {}
for i in range(20):
    grown[str(i)] = i
    if i in (3, 8, 9):
        print(i, str(i) in grown, str(i + 1) in grown, len(grown))
del grown["5"]
print("5" in grown, "6" in grown)
