t = (1, 2, 3, 2)
print(t.index(2), t.count(2), t.index(2, 2), t[1:], t[::-1], t + (5,), t * 2)
try:
    t.index(9)
except ValueError as e:
    print(e)
print((1, 2) < (1, 3), (1,) == (1,), hash((1, 2)) == hash((1, 2)), tuple("ab"), ())
r = range(1, 10, 2)
print(r.start, r.stop, r.step, r.index(5), r.count(5), r.count(4), len(r))
print(r[1:3], r[::-1], r[-1], list(reversed(r)), range(5)[::2], range(0, 10, 3)[1:])
print(range(3) == range(0, 3), range(0) == range(5, 2), range(1, 5, 2) == range(1, 6, 2), range(3) == range(4))
try:
    r.index(4)
except ValueError as e:
    print(e)
print(repr(range(0, 5)), repr(range(2, 9, 3)), 7 in r, 8 in r, range(10)[-3:], range(-5, 5)[::-3])
print(list(range(10, 0, -3)), hash(range(3)) == hash(range(0, 3)))
try:
    range(1)[5]
except IndexError as e:
    print(e)
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(5))
print("abcdef"[s], [0, 1, 2, 3, 4][slice(None, None, -2)])
