# hmac.compare_digest / secrets: constant-time comparison of strs and bytes-like values.
import hmac
import secrets

print(hmac.compare_digest("abc", "abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest("abc", "ab"))
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", bytearray(b"abc")), hmac.compare_digest(b"", b""))
print(hmac.compare_digest(memoryview(b"xyz"), b"xyz"), hmac.compare_digest(b"xyz", b"xy"))
for a, b in [("abc", b"abc"), (b"abc", "abc"), (1, 2), (b"a", 3), ("é", "é"), ([1], [1])]:
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hmac.compare_digest("a")
except TypeError as e:
    print(type(e).__name__, e)
token = secrets.token_hex(8)
print(len(token), all(c in "0123456789abcdef" for c in token))
print(len(secrets.token_bytes(5)), secrets.compare_digest("k", "k"))
print(secrets.randbelow(1) == 0, len(secrets.token_urlsafe(6)) > 0)
