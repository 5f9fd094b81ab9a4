print(b"%d-%s-%r" % (5, b"x", b"y"))
print(b"%5d|%-5d|%05.1f|%x|%X|%o|%c" % (1, 2, 3.14, 255, 255, 8, 65))
print(b"%(a)s %(b)d" % {b"a": b"A", b"b": 2})
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
print(b"%b" % b"raw", b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"))
print(repr(bytes(range(0, 256, 17))))
print(b"abc".ljust(6, b"-"), b"  ".join([b"a", b"b"]), bytes(reversed(b"abc")))
print(int.from_bytes(b"\x00\x10", "big"), b"\x01\x02".hex().upper())
print(b"AbC".lower(), b"a b".title(), b"x".center(5), b"10".zfill(4), b"-10".zfill(5))
print(bytes([1, 2]).__repr__(), bytes.__name__, bytearray.__name__, type(b"").__mro__)
print(b"hello"[1:].startswith(b"el"), b"a,b,c".rsplit(b",", 1), b"a  b".split(b" "))
print(b"abc" * 0, b"" == bytes(), bytes(4) == b"\0" * 4, max(b"az"), sum(b"\x01\x02"))
print(b"%%" % (), b"%a" % "é", b"%r" % "é")
