import struct
def encode_record(rid, name, score):
    nb = name.encode("utf-8")
    return struct.pack(">IH", rid, len(nb)) + nb + struct.pack(">d", score)
def decode_records(buf):
    off = 0
    while off < len(buf):
        rid, n = struct.unpack_from(">IH", buf, off)
        off += 6
        name = buf[off:off + n].decode("utf-8")
        off += n
        (score,) = struct.unpack_from(">d", buf, off)
        off += 8
        yield rid, name, score
blob = b"".join(encode_record(i, n, s) for i, n, s in [(1, "ann", 9.5), (2, "bjørn", 7.25), (300, "", 0.0)])
print(len(blob), blob[:10], blob.hex()[:24])
print(list(decode_records(blob)))
def checksum(data):
    c = 0
    for b in data:
        c = (c * 31 + b) & 0xFFFFFFFF
    return c
print(checksum(blob), checksum(b""), hex(checksum(b"abc")))
ba = bytearray(blob)
ba[0:4] = (99).to_bytes(4, "big")
print(next(decode_records(bytes(ba))))
mv = memoryview(ba)
print(bytes(mv[6:9]), mv[4], int.from_bytes(mv[0:4], "big"))
xor = bytes(a ^ b for a, b in zip(b"secret", b"keykey"))
print(xor, bytes(a ^ b for a, b in zip(xor, b"keykey")))
print(b"%08x" % checksum(b"xyz"), bytes.fromhex("ff00").rjust(4, b"\x01"))
