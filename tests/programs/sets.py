# Small non-negative ints only: they hash alike on 64-bit CPython and the 32-bit oracle.
s = {3, 1, 2, 10, 100}
print(s, len(s), 2 in s, 5 not in s)
print(set(), set([4, 4, 1]), {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
s.add(7)
s.discard(1)
s.remove(100)
print(sorted(s), {x % 3 for x in range(10)}, {5, 13, 21})
seen = set()
for w in [5, 3, 5, 1, 3]:
    if w in seen:
        print("dup", w)
    seen.add(w)
print(len(seen), {1, 2} == {2, 1})
