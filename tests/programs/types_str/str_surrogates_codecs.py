# Encoding and decoding strs with lone surrogates under every error handler, the
# UnicodeEncodeError/UnicodeDecodeError attributes, os.fsencode/fsdecode round trips and
# print() of a str that stdout cannot encode.
import codecs, os

def show(f):
    try:
        r = f()
    except (UnicodeEncodeError, UnicodeDecodeError) as e:
        r = (type(e).__name__, str(e), e.encoding, e.start, e.end, e.reason, ascii(e.object))
    print(ascii(r) if isinstance(r, str) else r)

texts = ["a\ud800\udc00b", "\udc80\ud800x", "x\udcff", "\xe9\ud800", "\ud83d\ude00"]
for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32-le", "ascii", "latin-1"]:
    for s in texts:
        for err in ["strict", "surrogateescape", "surrogatepass", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
            print(enc, ascii(s), err, end=" ")
            show(lambda: s.encode(enc, err))
data = [b"a\xff\xfeb", b"\xed\xa0\x80", b"\xed\xb2\x80x", b"\xf0\x9f\x98", b"\x80abc", b"\xed\xa0\xbd\xed\xb8\x80"]
for b in data:
    for err in ["strict", "surrogateescape", "surrogatepass", "replace", "backslashreplace", "ignore"]:
        print(b, err, end=" ")
        show(lambda: b.decode("utf-8", err))
for enc, b in [("utf-16-le", b"\x00\xd8a\x00"), ("utf-16-be", b"\xd8\x3d\xde\x00"), ("utf-32-le", b"\x00\xd8\x00\x00"), ("ascii", b"a\x80\xff"), ("latin-1", b"\xff")]:
    for err in ["strict", "surrogateescape", "surrogatepass"]:
        print(enc, b, err, end=" ")
        show(lambda: b.decode(enc, err))
# Round trips.
raw = bytes(range(0x78, 0x88)) + b"\xff\xfe"
s = raw.decode("utf-8", "surrogateescape")
print(ascii(s), len(s), s.encode("utf-8", "surrogateescape") == raw)
print(ascii(os.fsdecode(b"caf\xe9\xff")), os.fsencode(os.fsdecode(b"caf\xe9\xff")), os.fsencode("plain"))
for s in ["\ud800", "a\udfffz", "\ud83d\ude00"]:
    for enc in ["utf-8", "utf-16-le", "utf-32-be"]:
        b = s.encode(enc, "surrogatepass")
        print(enc, b, b.decode(enc, "surrogatepass") == s)
print(codecs.utf_8_encode("\udc80x", "surrogateescape"), ascii(codecs.utf_8_decode(b"\x80x", "surrogateescape")))
print(ascii(codecs.decode(b"\xed\xa0\x80", "utf-8", "surrogatepass")), codecs.encode("\ud800", "utf-8", "surrogatepass"))

def handler(e):
    return ("<%s>" % ascii(e.object[e.start:e.end]), e.end)
codecs.register_error("test.surrogates", handler)
print("x\ud800\udc01y".encode("utf-8", "test.surrogates"), "x\ud800y".encode("ascii", "test.surrogates"))
codecs.register_error("test.back", lambda e: ("\udc99", e.end))
print(ascii(b"a\xffb".decode("utf-8", "test.back")))
try:
    raise UnicodeEncodeError("utf-8", "\ud800z", 0, 1, "custom reason")
except UnicodeEncodeError as e:
    print(e, ascii(e.object), e.args[1] == "\ud800z")
# Text files encode with their error handler.
import io
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape")
w.write("a\udcff\udc80b\n")
w.flush()
print(raw.getvalue())
w2 = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="backslashreplace")
w2.write("x\ud800\xe9")
w2.flush()
print(w2.buffer.getvalue())
w3 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
try:
    w3.write("\ud800")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("before", "\udc80")
print("not reached")
