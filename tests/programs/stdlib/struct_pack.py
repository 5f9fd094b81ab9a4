import struct
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("<hH", -2, 65535), struct.pack("<q", -1))
print(struct.pack("<f", 1.5), struct.pack(">d", -2.0), struct.pack("<e", 0.5), struct.pack("?x?", True, False))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("<2B", 1, 2), struct.pack("c", b"z"), struct.pack("p", b"pas"))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">hh", b"\xff\xfe\x00\x01"), struct.unpack("<d", struct.pack("<d", 3.25)))
print(struct.calcsize("<IhB"), struct.calcsize("@IhB"), struct.calcsize("<10s"), struct.calcsize("<q"), struct.calcsize("!H"))
s = struct.Struct("<ihc")
print(s.size, s.format, s.pack(7, -3, b"x"), s.unpack(s.pack(7, -3, b"x")))
buf = bytearray(8)
struct.pack_into("<HH", buf, 2, 0xABCD, 1)
print(buf, struct.unpack_from("<H", buf, 2))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
for bad in (lambda: struct.pack("<B", 256), lambda: struct.pack("<I", -1), lambda: struct.unpack("<I", b"\x00"), lambda: struct.pack("<h", "x"), lambda: struct.calcsize("<Z"), lambda: struct.pack("<II", 1)):
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)
print(struct.pack("<i", 2 ** 31 - 1), struct.unpack("<f", b"\x00\x00\xc0\x7f")[0])
