# Ranges whose bounds, steps or lengths go beyond a machine word.
big = range(10**20, 10**20 + 7, 3)
print(big, list(big), len(big), big[0], big[-1], big[1:], big[::-1], 10**20 + 3 in big, 10**20 + 1 in big)
print(list(reversed(range(10**20, 10**20 + 3))), type(iter(range(10**20))).__name__)
r = range(-2**63, 2**63 - 1)
print(r[-1], list(r[:2]), r[2**62], next(reversed(r)), r.start, r.stop, r.step)
print(list(range(2**63 - 3, 2**63 + 1)), list(reversed(range(-2**63, -2**63 + 3))))
print(list(range(2**64, 2**64 - 10, -4)), list(range(-2**70, -2**70 + 3)))
huge = range(10**30)
print(huge[::10**29], huge[5:-5:2], huge == range(0, 10**30), hash(huge) == hash(range(0, 10**30, 1)))
print(10**20 in range(10**21), 10**20 + 0.0 in range(10**20 - 1, 10**20 + 2), huge.index(10**19), huge.count(5), huge.count(-1))
print(bool(range(10**20, 10**20)), huge[10**30 - 1], range(3)[10**20 : -10**20 : -1], range(5)[-10**20:10**20])
print(range(0, 10**20, 10**19) == range(0, 10**20 - 1, 10**19), range(10**20, 10**20 + 1) == range(10**20, 10**20 + 1, 5))
print({range(10**20): "x"}[range(0, 10**20)], sorted({range(2**70), range(0, 2**70, 1), range(0)}, key=repr))
class Idx:
    def __index__(self):
        return 10**20
print(range(Idx()), range(1, 4)[Idx():0:-1], range(1, 4)[Idx()::-1])
for bad in (lambda: len(huge), lambda: huge[10**30], lambda: huge[-10**30 - 1], lambda: huge.index(-5),
            lambda: range(3)[10**20], lambda: range(3)["a"], lambda: range(0, 10**20, 0), lambda: range(1.0, 10**20),
            lambda: huge[::0], lambda: huge[1.5:], lambda: range(1, 2, 3, 4), lambda: range(5).index("x")):
    try:
        print(bad())
    except (OverflowError, IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
it = iter(range(10**20, 10**20 + 3))
print(next(it), it.__length_hint__(), list(it), list(it))
match range(10**20, 10**20 + 2):
    case [a, b]:
        print("matched", a, b)
