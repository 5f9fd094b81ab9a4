# array: typecodes, conversions, sequence operations, bytes, errors.
import array

a = array.array("i", [1, 2, 3])
print(a, a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:], list(a))
a.append(4)
a.extend([5, 6])
a.extend(array.array("i", [7]))
a.insert(0, 0)
a.insert(-1, 99)
print(a, a.pop(), a.pop(0), a, a.index(99), a.count(2), 3 in a, 42 in a)
a.remove(99)
a.reverse()
print(a, a.tolist())
a[0] = -6
a[1:3] = array.array("i", [10, 20, 30])
del a[-1]
print(a, a[::2], a[::-1])
del a[::2]
print(a)
b = array.array("B", b"\x01\x02\xff")
print(b, b.tobytes(), array.array("h", [1, -2]).tobytes(), array.array("H", [258]).tobytes())
c = array.array("h")
c.frombytes(b"\x01\x00\xff\xff")
c.fromlist([7, 8])
print(c, repr(array.array("d")), array.array("f", [0.1, 1.5]), array.array("d", [0.1]))
print(array.array("q", [2**63 - 1]), array.array("Q", [2**64 - 1]), array.array("b", [-128, 127]))
print(array.array("i", [1, 2]) + array.array("i", [3]), array.array("b", [1, 2]) * 2, 2 * array.array("b", [0]))
x = array.array("i", [1])
x += array.array("i", [2])
x *= 2
print(x, x == array.array("i", [1, 2, 1, 2]), x < array.array("i", [1, 3]), x != x)
w = array.array("w", "héllo")
print(w, w.tounicode(), w[1], w.itemsize)
w.fromunicode("!")
print(w.tounicode(), array.array.__name__, array.typecodes)
s = array.array("H", [1, 256])
s.byteswap()
print(s, array.array("i", range(5)), array.array("d", array.array("i", [1, 2])))
import copy
cp = copy.copy(a)
dp = copy.deepcopy(a)
cp[0] = 1000
print(a, cp, dp)
errors = [
    lambda: array.array("z"),
    lambda: array.array("b", [128]),
    lambda: array.array("b", [-129]),
    lambda: array.array("B", [256]),
    lambda: array.array("B", [-1]),
    lambda: array.array("h", [40000]),
    lambda: array.array("H", [-1]),
    lambda: array.array("I", [-1]),
    lambda: array.array("i", [1.5]),
    lambda: array.array("i", ["x"]),
    lambda: array.array("d", ["x"]),
    lambda: array.array("i", "abc"),
    lambda: array.array("w", ["ab"]),
    lambda: array.array("i")[0],
    lambda: array.array("i").pop(),
    lambda: array.array("i", [1]).pop(5),
    lambda: array.array("i", [1]).remove(3),
    lambda: array.array("i", [1]).index(3),
    lambda: array.array("i", [1]) + [2],
    lambda: array.array("i", [1]) + array.array("d", [2]),
    lambda: array.array("h").frombytes(b"abc"),
    lambda: array.array("i").fromlist((1,)),
    lambda: array.array("i").tounicode(),
    lambda: array.array("i", [1])["a"],
]
for e in errors:
    try:
        print(e())
    except (ValueError, TypeError, OverflowError, IndexError) as exc:
        print(type(exc).__name__ + ":", exc)
