print("{} {} {}".format(1, "two", 3.0))
print("{2} {0} {1} {0}".format("a", "b", "c"))
print("{name} {age:>4}".format(name="X", age=7))
print("{0[1]} {d[k]} {o.real}".format([5, 6], d={"k": "v"}, o=3 + 1j))
print("{:<6}|{:^6}|{:>6}|{:*^7}|{:06.2f}".format("l", "c", "r", "s", 3.14159))
print("{:{w}.{p}f}|{:{}}".format(3.14159, "x", 4, w=8, p=3))
print("{{literal}} {}".format("v"), "{!r} {!s} {!a}".format("a", "b", "é"))
print("{0:,} {0:_} {0:x} {0:b} {1:%}".format(1234567, 0.5))
print(format("abc", "5"), format("abc", ">5"), format("abc", ".2"), format(None, ""), format([1], ""))
for fmt, args, kw in (("{}", (), {}), ("{1}", (1,), {}), ("{x}", (), {}), ("{0}{}", (1, 2), {}), ("{", (), {}), ("}", (), {}),
                      ("{:d}", ("s",), {}), ("{!z}", (1,), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {})):
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} {zz}".format_map(D(a=1)))
import string
print(list(string.Formatter().parse("a{0}b{x!r:>3}c")))
