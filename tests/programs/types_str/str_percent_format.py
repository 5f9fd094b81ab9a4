print("%s is %d years" % ("Ann", 30))
print("%(name)s has %(n)03d items" % {"name": "Bob", "n": 7})
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%%|%c|%r|%a|%s" % ("x", "q", "é", None))
print("%e|%E|%g|%G|%.3g" % (1234.5, 1234.5, 0.00001234, 1e30, 3.14159))
print("%x|%X|%#x|%o|%#o|%08.3f|% d" % (255, 255, 255, 8, 8, 3.14159, 5))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2), "%d" % 3.99, "%i" % True)
for fmt, args in (("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 5), ("%c", 1114112), ("%c", "ab"), ("%d", None)):
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    "%(a)s" % {}
except KeyError as e:
    print("KeyError:", e)
print("no args" % (), "%s" % "only")
print(b"%s=%d %x" % (b"k", 5, 255), b"%c%c" % (65, b"B"), b"%r" % "s" if False else b"%a" % "é")
