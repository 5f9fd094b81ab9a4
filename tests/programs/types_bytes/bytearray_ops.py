ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 74
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"xyz123"
print(ba)
del ba[0:2]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("z"))
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba, ba.count(b"+"), ba.find(b"1"), ba.index(b"2"))
c = ba.copy()
ba.clear()
print(ba, c, len(c))
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray.fromhex("41 42"), bytearray(b"ab").hex())
print(bytearray(b"ab") == b"ab", b"ab" + bytearray(b"c"), type(b"ab" + bytearray(b"c")).__name__)
for bad in (lambda: bytearray(b"a").__setitem__(0, 300), lambda: bytearray(b"a").remove(9), lambda: bytearray().pop(),
            lambda: bytearray(b"a").__setitem__(0, b"x"), lambda: hash(bytearray()), lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz")):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
x = bytearray(b"abcdef")
x[::2] = b"XYZ"
print(x, x.upper(), x.decode(), x.split(b"Z"), x.strip(b"Xf"))
print(repr(bytearray()), repr(bytearray(b"\x00'\"")))
