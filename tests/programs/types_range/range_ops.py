r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r[::2], 5 in r, 6 in r, r.index(11), r.count(8))
print(range(5), range(0), range(-5), list(range(10, 0, -3)), len(range(0, 10, -1)), range(1, 10)[2:100])
print(range(3) == range(0, 3), range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), hash(range(3)) == hash(range(0, 3, 1)))
big = range(10 ** 20)
print(len(range(0, 10 ** 9, 7)), big[-1], 10 ** 19 in big, big[10 ** 19])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(3), lambda: range()):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(r.start, r.stop, r.step, reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
print(sum(range(101)), max(range(7)), sorted(range(5, 0, -1)), tuple(range(3)), 3.0 in range(5), "a" in range(5))
it = iter(range(3))
print(next(it), list(it), type(iter(range(3))).__name__)
