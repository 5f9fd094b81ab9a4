# struct.error and friends, with CPython's messages.
import struct

cases = [
    lambda: struct.pack("b", 128),
    lambda: struct.pack("<B", -1),
    lambda: struct.pack("<h", 40000),
    lambda: struct.pack("I", -1),
    lambda: struct.pack("<q", 2**63),
    lambda: struct.pack("<Q", 2**64),
    lambda: struct.pack("i", "x"),
    lambda: struct.pack("i", 1.0),
    lambda: struct.pack("f", "x"),
    lambda: struct.pack("<f", 1e300),
    lambda: struct.pack("<e", 70000.0),
    lambda: struct.pack("c", b"ab"),
    lambda: struct.pack("s", "text"),
    lambda: struct.pack("ii", 1),
    lambda: struct.pack("i", 1, 2),
    lambda: struct.pack("z", 1),
    lambda: struct.pack("<n", 1),
    lambda: struct.pack("3", 1),
    lambda: struct.unpack("<i", b"abc"),
    lambda: struct.unpack("<i", "abcd"),
    lambda: struct.unpack_from("<i", b"abcdef", 4),
    lambda: struct.unpack_from("<i", b"abc", -10),
    lambda: struct.pack_into("<i", bytearray(3), 0, 1),
    lambda: struct.pack_into("<i", bytearray(8), -2, 1),
    lambda: struct.pack_into("<i", bytes(8), 0, 1),
    lambda: struct.pack_into("<i", bytearray(8)),
    lambda: struct.iter_unpack("<i", b"abcde"),
    lambda: struct.iter_unpack("", b""),
    lambda: struct.Struct(5),
    lambda: struct.calcsize("iq#"),
]
for c in cases:
    try:
        print(c())
    except (struct.error, TypeError, OverflowError, ValueError) as e:
        print(type(e).__module__, type(e).__name__ + ":", e)
print(issubclass(struct.error, Exception), struct.error.__module__)
struct.pack(">H", 70000)
