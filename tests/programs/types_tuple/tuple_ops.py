t = (3, 1, 4, 1, 5)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(1), t.index(4), t.index(1, 2))
print((1,), (), tuple(), tuple([1, 2]), tuple("ab"), (1, 2) + (3,), (0,) * 3, 3 * ("a",))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
a, b, *rest = t
print(a, b, rest)
*init, last = t
print(init, last)
(x, y), z = (1, 2), 3
print(x, y, z)
for bad in (lambda: t.index(9), lambda: t[10], lambda: t.__getitem__("k"), lambda: (1,) + [2], lambda: hash(([],))):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print("ValueError:", e)
print(hash((1, "a")) == hash((1, "a")), {(1, 2): "v"}[(1, 2)], repr((1,)), repr(((),)))
nested = (1, [2, 3])
nested[1].append(4)
print(nested, (1, 2, 3)[1:], max((1, 5, 2)), sorted((3, 1)), tuple(reversed((1, 2))))
print(type((1)).__name__, type((1,)).__name__, (1, 2).__len__(), (1, 2).__contains__(2))
