b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], b[::2], type(b[0]).__name__)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(5)), bytes(b"x"), bytes())
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), b"abcdef".hex(" ", -4))
print(b + b"!", b * 2, b"ab" in b"cabd", 98 in b"abc", b"a" < b"b", b"abc" == b"abc", b"a" == "a")
print(b.upper(), b.title(), b.capitalize(), b.swapcase(), b.split(), b.replace(b"o", b"0"))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"w"), b.find(111), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b.strip(b"hd"), b"  x ".strip(), b"a,b".split(b","), b"-".join([b"a", b"b"]), b.partition(b" "))
print(b.center(15, b"*"), b.ljust(13, b"."), b.zfill(13), b"a\tb".expandtabs(4))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"Ab".istitle(), b"ab".islower(), b"\x80".isascii())
print(list(b"abc"), repr(b"\x00\n\t\\'\""), repr(b'"'), repr(b"'"), b"\x7f\x80")
for bad in (lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: bytes.fromhex("zz"), lambda: b[20], lambda: bytes(-1)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(b.decode(), b"caf\xc3\xa9".decode(), str(b"x"), bytes.maketrans(b"ab", b"AB"), b"abc".translate(bytes.maketrans(b"a", b"z"), b"c"))
print(b"x".removeprefix(b"x"), b"abc".removesuffix(b"c"), b"a b".rsplit(None, 1), b"a\nb\r\n".splitlines(True))
print(hash(b"abc") == hash(b"abc"), sorted([b"b", b"a", b"ab"]), b"abc".isupper())
