f = frozenset([3, 1, 2])
print(f, frozenset(), len(f), 2 in f, f | {9}, {9} | f, f & {1, 5}, f - {1}, type(f | {1}).__name__, type({1} | f).__name__)
print(hash(f) == hash(frozenset([1, 2, 3])), {f: 1}[frozenset({1, 2, 3})], f == {1, 2, 3}, f <= {1, 2, 3, 4}, f.union([7]), f.copy() is f)
c = 1 + 2j
print(c, 1j, -1j, complex(1, 2), complex("1+2j"), complex("-3.5j"), complex(2), c.real, c.imag, c.conjugate(), abs(3 + 4j))
print(c * c, c / (1 - 1j), c - 1, 2 * c, c ** 2, (1j) ** 2, c == 1 + 2j, complex(0, 0), complex(-0.0, 1), 1e20j, (1.5 + 0.5j))
try:
    c / 0
except ZeroDivisionError as e:
    print(e)
b = b"hello"
print(b, b[0], b[1:3], b + b" world", b * 2, len(b), 104 in b, b"ell" in b, list(b"ab"), bytes(3), bytes([65, 66]), bytes("hé", "utf-8"))
print(b.upper(), b.split(b"l"), b"a b  c".split(), b.strip(b"ho"), b.startswith(b"he"), b.find(b"l"), b.replace(b"l", b"L"), b.count(b"l"), b.index(b"o"))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b.hex(), bytes.fromhex("41 42"), b"-".join([b"a", b"b"]), b"\x00\x7f\xff'", b'"', b"'\"")
print("héllo".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "€".encode("ascii", "backslashreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; print(ba, ba.pop(), ba, len(ba))
ba.insert(0, 122); ba.remove(98); print(ba, bytearray(2), bytearray([1, 2]), ba == b"zAcde", ba + b"!", bytes(ba))
del ba[0]; ba[0:2] = b"XY"; print(ba, ba.upper(), ba.decode())
m = memoryview(b"xyz")
print(len(m), m[0], m.tobytes(), m.tolist(), bytes(m[1:]), m.readonly, m.nbytes)
print(b"abc" < b"abd", b"a" == b"a", hash(b"ab") == hash(b"ab"), bytes(b"x"), bytearray(b"x") == bytearray(b"x"))
print(int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"), b"%s-%d" % (b"x", 3) if False else 0)
