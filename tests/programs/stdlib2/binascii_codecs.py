# binascii: hex, base64, uu, CRCs, and the errors of each.
import binascii

data = b"krait \x00\xff binascii"
h = binascii.hexlify(data)
print(h, binascii.b2a_hex(data) == h, binascii.unhexlify(h) == data)
print(binascii.hexlify(b"\xb9\x01\xef", ":"), binascii.b2a_hex(b"\xb9\x01\xef", b"_", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-", -2), binascii.hexlify(b"", ":"))
print(binascii.hexlify(bytearray(b"ab")), binascii.hexlify(memoryview(b"cd")))
print(binascii.a2b_hex("4A4b"), binascii.unhexlify(bytearray(b"0aff")))

for n in range(6):
    enc = binascii.b2a_base64(data[:n])
    print(n, enc, binascii.a2b_base64(enc), binascii.b2a_base64(data[:n], newline=False))
print(binascii.a2b_base64("a3Jh\naXQ="), binascii.a2b_base64(b"a3J!haXQ=="), binascii.a2b_base64(b"a3JhaXQ===="))

line = binascii.b2a_uu(b"uuencode me")
print(line, binascii.a2b_uu(line), binascii.b2a_uu(b"", backtick=True), binascii.b2a_uu(b"\x00\x00", backtick=True))
print(binascii.a2b_uu(b""[:0] + b" "), binascii.a2b_uu(b"#86)C\n"))

print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc32(b""), binascii.crc32(b"hello", -1), binascii.crc32(b"hello", 2**40 + 5))
print(binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"", 7), binascii.crc_hqx(b"abc", -1))

print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Error.__name__)
print(issubclass(binascii.Incomplete, Exception), issubclass(binascii.Incomplete, ValueError))

cases = [
    (binascii.unhexlify, ("abc",)),
    (binascii.unhexlify, ("zz",)),
    (binascii.a2b_hex, ("\u00e9\u00e9",)),
    (binascii.a2b_hex, (5,)),
    (binascii.hexlify, ("text",)),
    (binascii.hexlify, (b"abc", "::")),
    (binascii.b2a_base64, ("x",)),
    (binascii.a2b_base64, (b"a",)),
    (binascii.a2b_base64, (b"abcde",)),
    (binascii.a2b_base64, (b"ab=",)),
    (binascii.a2b_base64, (b"ab",)),
    (binascii.a2b_uu, (b"",)),
    (binascii.a2b_uu, (b"!\x7f",)),
    (binascii.a2b_uu, (b"!!!!x",)),
    (binascii.b2a_uu, (b"x" * 46,)),
    (binascii.crc32, ("text",)),
    (binascii.crc32, (b"x", 1.5)),
    (binascii.crc32, ()),
    (binascii.crc_hqx, (b"x",)),
]
for f, args in cases:
    try:
        print(f.__name__, repr(f(*args)))
    except (binascii.Error, TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)

for s in [b"=abc", b"ab=c", b"abc=d", b"ab==c", b"a$bc", b"abcd=="]:
    try:
        print(s, binascii.a2b_base64(s, strict_mode=True))
    except binascii.Error as e:
        print(s, "Error", e)

import base64
print(base64.b64encode(b"any carnal pleas"), base64.b64decode(b"YW55IGNhcm5hbCBwbGVhcw=="))
print(base64.b16encode(b"\x01\xab"), base64.urlsafe_b64encode(b"\xff\xfe"), base64.b32encode(b"ab"))
