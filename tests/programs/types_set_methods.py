a = {1, 2, 3}
b = {3, 4}
print(a | b, a & b, a - b, a ^ b, a.union(b, [9]), a.intersection(b, {3}), a.difference(b), a.symmetric_difference([1, 5]))
print(a.isdisjoint({7}), a.isdisjoint(b), {1}.issubset(a), a.issuperset([1, 2]), {1} <= a, {1} < a, a < a, a >= {1}, a > a)
c = a.copy(); c.update([7], {8}); print(c)
c.intersection_update({1, 7, 8, 9}); print(c)
c.difference_update([1]); print(c)
c.symmetric_difference_update({8, 10}); print(c)
c |= {1}; c &= {1, 7, 10}; c -= {7}; c ^= {2}; print(c)
p = {5}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(e)
c.clear(); print(c, len(c))
try:
    set().remove(1)
except KeyError as e:
    print(repr(e))
s = set(); s.add(1); s.add(1); s.discard(5); print(s)
print({1, 2} == {2, 1}, {1} != {1}, set("aab") == {"a", "b"}, len({1, 1.0, True}))
print(sorted({"x", "y"} | {"z"}), 2 in a, 9 not in a)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    {[]}
except TypeError as e:
    print(e)
print(set(), set([]), {(1, 2)}, set(range(5)), {-1, 5})
print(a.__len__(), set.union({1}, {2}))
