import codecs
print(codecs.lookup("UTF8").name, codecs.lookup("latin_1").name, codecs.lookup("utf-16-le").name)
print(codecs.encode("abc", "rot13"), codecs.encode("hi", "utf-16-be"))
print(codecs.utf_8_encode("é"), codecs.utf_8_decode(b"\xc3\xa9\xc3", "strict", False), codecs.latin_1_decode(b"\xe9"))
print(codecs.utf_16_ex_decode(b"\xff\xfeA\x00", "strict", 0, True), codecs.ascii_encode("ab"))
def handler(exc):
    return ("<%d-%d>" % (exc.start, exc.end), exc.end)
codecs.register_error("krait.mine", handler)
print("aé€b".encode("ascii", "krait.mine"), b"a\xff\xfeb".decode("ascii", "krait.mine"))
print(codecs.lookup_error("krait.mine") is handler, codecs.lookup_error("strict") is codecs.strict_errors)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError:", e)
try:
    "x\u20ac".encode("ascii", "nope")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.register_error("x", 5)
except TypeError as e:
    print("TypeError:", e)
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), repr(dec.decode(b"\xac!")))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE)
