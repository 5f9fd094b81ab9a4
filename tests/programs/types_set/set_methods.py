s = {3, 1, 2}
s.add(4); s.add(1)
print(sorted(s), len(s), 2 in s, 9 not in s)
s.discard(9); s.remove(4)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([1, 7])))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}))
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {1}; c ^= {2, 3}
print(sorted(c))
d = set("ab")
d.update("cd", [1])
d.intersection_update("abc1")
print(sorted(d, key=str))
d.difference_update("a"); d.symmetric_difference_update({"z"})
print(sorted(d, key=str), d.pop() in {"b", "c", 1, "z"})
d.clear()
print(d, set(), repr(set()), {1}, set([1, 1, 2]), type({}).__name__)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError:", e)
print({1, 2} == {2, 1}, {1} == frozenset([1]), set() == frozenset(), len({i % 5 for i in range(100)}))
e = {1, 2, 3}
try:
    for x in e:
        e.add(x + 10)
except RuntimeError as err:
    print("RuntimeError:", err)
