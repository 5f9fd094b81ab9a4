# memoryview formats, casts to other formats and shapes, writes through views, arrays.
import array, struct
buf = bytearray(struct.pack("=4i", 1, -2, 300, 70000))
m = memoryview(buf)
i = m.cast("i")
print(i.format, i.itemsize, len(i), i.nbytes, i.shape, i.strides, i.tolist(), i[2], i[-1])
i[0] = -5
print(struct.unpack("=4i", buf), m[:4].tolist() == list(struct.pack("=i", -5)))
grid = m.cast("B", shape=[2, 8])
print(grid.ndim, grid.shape, grid.strides, grid.c_contiguous, grid.f_contiguous, grid.contiguous, len(grid.tolist()), grid[1, 0])
flat = grid.cast("B")
print(flat.shape, flat.tolist() == list(buf))
h = memoryview(bytearray(b"\x01\x00\x02\x00\xff\xff")).cast("H")
print(h.tolist(), h.cast("b").tolist(), memoryview(b"\x80\x7f").cast("b").tolist())
d = memoryview(bytearray(struct.pack("=2d", 1.5, -0.25))).cast("d")
d[1] = 3
print(d.tolist(), d.format, d.itemsize)
c = memoryview(b"xyz").cast("c")
print(c[0], c.tolist(), memoryview(bytearray(b"\x00\x01")).cast("?").tolist())
a = array.array("i", [10, 20, 30, 40])
am = memoryview(a)
print(am.format, am.itemsize, am.tolist(), am[1], am.obj is a, am.readonly)
am[1] = 99
am[2:4] = array.array("i", [7, 8])
print(a, bytes(am[:1]) == struct.pack("=i", 10))
ad = memoryview(array.array("d", [0.5, 2.0]))
print(ad.tolist(), ad.nbytes)
s = memoryview(bytearray(b"abcdefgh"))[1:7:2]
print(s.tolist(), s.shape, s.strides, s.c_contiguous, s.tobytes(), s.hex(), s.hex(":"), s[::-1].tolist())
s[0] = ord("B")
print(s.obj)
print(memoryview(b"ab") == b"ab", memoryview(b"ab") == bytearray(b"ab"), memoryview(b"ab") != b"ac", memoryview(b"ab") == "ab")
print(memoryview(b"\x01\x00\x00\x00").cast("i") == memoryview(b"\x01\x00\x00\x00").cast("I"), memoryview(b"\x01\x02").cast("b") == b"\x01\x02")
print(memoryview(array.array("i", [1, 2])) == array.array("i", [1, 2]), list(memoryview(b"\x01\x02\x03").cast("B")))
ro = memoryview(bytearray(b"abc")).toreadonly()
print(ro.readonly, ro.tolist(), memoryview(b"abc").count(98), memoryview(b"abcb").index(98, 2))
with memoryview(bytearray(4)) as w:
    w.cast("i")[0] = 1
print(repr(w)[:17], w.__class__.__name__)
bad = [
    lambda: m.cast("i", shape=[3]),
    lambda: m.cast("x"),
    lambda: m.cast("ii"),
    lambda: i.cast("H"),
    lambda: memoryview(b"abc").cast("i"),
    lambda: m.cast("B", shape=[0, 16]),
    lambda: m.cast("B", shape="ab"),
    lambda: grid.cast("B", shape=[4, 4]),
    lambda: s.cast("B"),
    lambda: grid[0],
    lambda: grid[0:1, 0],
    lambda: grid[5, 0],
    lambda: grid[1, 2, 3],
    lambda: i.__setitem__(0, 2**40),
    lambda: i.__setitem__(0, 1.5),
    lambda: h.__setitem__(0, -1),
    lambda: m.__setitem__(slice(0, 2), b"abc"),
    lambda: i.__setitem__(slice(0, 1), b"abcd"),
    lambda: ro.__setitem__(0, 1),
    lambda: m.__delitem__(0),
    lambda: m["x"],
    lambda: memoryview(b"x").tobytes(order="Z"),
    lambda: len(memoryview(b"abcd").cast("i", shape=[])) if False else memoryview(b"abcd").cast("B", shape=[]),
    lambda: w.tolist(),
    lambda: memoryview(1),
    lambda: memoryview(b"abc").index(120),
]
for f in bad:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
