f = frozenset([3, 1, 2])
print(f, sorted(f), len(f), 1 in f, hash(f) == hash(frozenset([1, 2, 3])))
print(type(f | {4}).__name__, type({4} | f).__name__, sorted(f & {1, 9}), sorted(f - {1}))
print(frozenset(), repr(frozenset()), frozenset("aa") == {"a"})
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
print({frozenset([1]), frozenset([1])} == {frozenset([1])})
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(sorted(sorted(x) for x in nested))
print(f.union([4]), f.copy() is f, frozenset(f) is f, f.issubset({1, 2, 3, 4}))
class MyFS(frozenset):
    pass
m = MyFS([1])
print(type(m | {2}).__name__, m, type(m.copy()).__name__)
s = {1, 2}
print(frozenset(s) in {frozenset({1, 2})}, set(f) - {1} == {2, 3})
print(sorted(frozenset("hello")), sorted(set("hello") | frozenset("world")))
