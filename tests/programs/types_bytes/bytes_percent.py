print(b"%s and %s" % (b"spam", bytearray(b"eggs")))
print(b"%5s|%-5s|%.2s" % (b"ab", b"cd", b"xyz"))
print(b"%d %i %x %X %o %e %.3f" % (42, -7, 255, 255, 8, 1.5, 2.25))
print(b"%c%c%c" % (72, b"i", 33))
print(b"%r %a" % ("é", b"\xff"))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 30})
print(bytearray(b"%s!") % b"wow", type(bytearray(b"%s") % b"x").__name__)
print(b"100%%" % ())
class WithBytes:
    def __bytes__(self):
        return b"converted"
print(b"<%s>" % WithBytes())
for bad in (lambda: b"%s" % "text", lambda: b"%c" % 256, lambda: b"%c" % "x", lambda: b"%d" % b"1", lambda: b"%s %s" % (b"a",), lambda: b"%s" % (b"a", b"b")):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
