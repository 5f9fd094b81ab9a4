# Formatting and built-in behaviours found wrong by a sweep against CPython 3.14:
# float precision without a type, 'c' alignment, inf/nan with integer codes, huge widths
# and precisions, % with a key then a positional spec, format_map's positional fields,
# list()/tuple() argument checks, bound built-in method reprs, dict.__getitem__ with
# __missing__ called directly, `in` on a class with a metaclass __contains__.
from enum import Enum, IntEnum
from urllib.parse import quote, urlencode

print(f"{100.0:.2}", f"{5.0:.1}", f"{1e20:.3}", f"{0.0001234:.2}", f"{123.456:.5}", f"{1.5:.1}")
print(f"{12345.0:.3}", f"{-0.5:.1}", f"{1e-5:.1}", f"{99.99:.2}", f"{1.0:.5}", f"{3.0:.1}")
print(repr(f"{65:5c}"), repr(f"{65:<5c}"), repr(f"{65:^5c}"), repr(f"{0x263A:*>3c}"))
for spec in ["d", "x", "5d", "c", "s", "b"]:
    for v in [float("inf"), float("nan"), 1.5]:
        try:
            print(spec, format(v, spec))
        except ValueError as e:
            print(spec, "ValueError:", e)
print(format(float("inf"), "015,"), format(float("-inf"), "015_"), format(float("nan"), "=+10,"))
print(format(1234.5, "015,"), format(-1234.5, "015_.1f"))
for spec in ["99999999999999999999", ".99999999999999999999", "1.99999999999999999999f", "9223372036854775808"]:
    for v in [1, 1.5, "s", 1j]:
        try:
            print(repr(format(v, spec)))
        except ValueError as e:
            print("ValueError:", e)
for fmt, a in [("%(a)s %s", {"a": 1}), ("%s", {"a": 1}), ("%(a)s %(b)s", {"a": 1, "b": 2}), ("%(a)s", {"a": 1}),
               ("%99999999999999999999d", 1), ("%.99999999999999999999f", 1.0), ("%5.2f|%-6d|%06.1f", (3.14159, 42, -2.5))]:
    try:
        print(repr(fmt % a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for text in ["{0}", "{}", "{x}", "{x} {0}", "{x[0]}"]:
    try:
        print(repr(text.format_map({"x": [7]})))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print(repr("{0}".format(*[])) if False else "skip")
try:
    "{0}".format()
except IndexError as e:
    print("IndexError", e)

for f in (list, tuple):
    for args, kwargs in [(([1], [2]), {}), ((), {"x": 1}), (([1],), {"iterable": 2}), ((), {}), (("ab",), {})]:
        try:
            print(f(*args, **kwargs))
        except TypeError as e:
            print(e)


class L(list):
    pass


print(L([1]), L())
try:
    L([1], [2])
except TypeError as e:
    print(e)

for bound in ["abc".upper, [].append, {}.get, dict.fromkeys, (1).bit_length, b"x".hex]:
    print(repr(bound).split(" at 0x")[0])


class D(dict):
    def __missing__(self, k):
        return k * 2


d = D(a=1)
print(d[4], d.__getitem__(4), dict.__getitem__(d, 5), d["a"], d.get(6), 6 in d)
try:
    dict.__getitem__({}, 1)
except KeyError as e:
    print("KeyError", e)
print(quote("a b/é?x=1&y"), quote("/path with space/"), urlencode({"q": "a b", "n": 1}))


class Color(Enum):
    RED = 1
    GREEN = 2


class Num(IntEnum):
    ONE = 1


print(1 in Color, Color.RED in Color, 3 in Color, "RED" in Color, 1 in Num, Num.ONE in Num)


class Meta(type):
    def __contains__(cls, x):
        print("contains", x)
        return x == 5


class M(metaclass=Meta):
    pass


print(5 in M, 4 in M, 4 not in M)
try:
    1 in int
except TypeError as e:
    print(e)
