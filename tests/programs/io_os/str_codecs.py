s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(s.encode("utf-16-le"), s.encode("utf-16-be"), len(s.encode("utf-32")), s.encode("utf-32-le")[:8])
print(s.encode("utf-16"), s.encode("cp1252"), s.encode("UTF_8"), s.encode("Latin1", "replace"))
for enc in ("ascii", "latin-1"):
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
        print(e.encoding, e.start, e.end, e.reason, repr(e.object))
try:
    "ab€€c".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end)
try:
    s.encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
b = s.encode()
print(b.decode(), b.decode("latin-1"), b[:2].decode("utf-8", "replace"), b[:2].decode("utf-8", "ignore"))
for bad in (b[:2], b"\xff", b"a\xe2\x82b", b"\xc3\x28"):
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e, e.start, e.end, e.reason)
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(s.encode("utf-16").decode("utf-16"), s.encode("utf-32-be").decode("utf-32-be"), b"\x80\x81".decode("ascii", "backslashreplace"))
print(b"\x81".decode("cp1252", "replace"), str(b"abc", "ascii"), str(b"a\xffb", "utf-8", "replace"))
print(bytearray(b"xy").decode(), bytes("zz", "ascii"))
try:
    b"\x00\xd8".decode("utf-16-le")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"abc".decode("utf-16-le")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
