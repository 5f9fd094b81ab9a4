# struct: codes, byte orders, alignment, Struct, pack_into/unpack_from, iter_unpack.
import struct

print(struct.calcsize("i"), struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("<qh"), struct.calcsize("<Q"))
print(struct.calcsize("@hq"), struct.calcsize("@ci"), struct.calcsize("3s2x4p"), struct.calcsize("@i"), struct.calcsize("<l"))
print(struct.pack("<hHiI", -2, 65535, -1, 4000000000))
print(struct.pack(">q", -3), struct.pack("!Q", 2**64 - 1))
print(struct.pack("<bB?c", -128, 255, [], b"z"))
print(struct.pack("<e", 1.5), struct.pack("<e", -0.1), struct.pack(">f", 2.5), struct.pack("<d", 1e100))
print(struct.unpack("<e", struct.pack("<e", 65504.0)), struct.unpack("<e", b"\x01\x00"))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack(">d", struct.pack(">d", -2.75)))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("4p", b"abcdef"), struct.pack("3p", b""))
print(struct.unpack("5s4p", b"ab\x00\x00\x00\x02xyz"))
print(struct.unpack("<hHiIqQ", struct.pack("<hHiIqQ", -5, 6, -7, 8, -9, 10)))
print(struct.unpack("@bi", struct.pack("@bi", 1, 2)), struct.pack("@bi", 1, 2))
print(struct.unpack("<3B", b"\x01\x02\x03"), struct.unpack("?", b"\x05"))
print(struct.pack("<i", True), struct.pack("<Q", 0), struct.pack(""), struct.unpack("", b""))

class Idx:
    def __index__(self):
        return 7

print(struct.pack("<H", Idx()), struct.pack("<d", 3), struct.pack(b"<h", 1))
s = struct.Struct("<Ih")
print(s.size, s.format, s.pack(1, -1), s.unpack(b"\x01\x00\x00\x00\xff\xff"))
print(repr(struct.Struct(b">x")), struct.Struct("3s").unpack(b"abc"))
buf = bytearray(10)
struct.pack_into("<HI", buf, 2, 0xABCD, 7)
print(buf, struct.unpack_from("<HI", buf, 2), struct.unpack_from("<H", buf, offset=-8))
s.pack_into(buf, -6, 9, 9)
print(buf, s.unpack_from(buf, 4), struct.unpack_from("<H", buffer=buf))
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")))
print(struct.unpack("<2i", memoryview(struct.pack("<2i", 5, 6))))
print(struct.pack("<F", 1.5 + 2j), struct.unpack("<D", struct.pack("<D", -1 - 1j)))
