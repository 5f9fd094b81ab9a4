s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(s.encode("utf-16-le"), len(s.encode("utf-32")), s.encode("cp1252"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
    print(e.encoding, e.start, e.end, e.reason, repr(e.object))
try:
    s.encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
b = s.encode()
print(b.decode(), b.decode("latin-1"), b[:2].decode("utf-8", "replace"), b[:2].decode("utf-8", "ignore"))
try:
    b[:2].decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("\ud800".encode("utf-8", "surrogatepass"))
print(str(b"abc", "ascii"), str(b"a\xffb", "utf-8", "replace"), str(bytearray(b"x"), encoding="utf-8"))
print(repr(str(b"abc")))
