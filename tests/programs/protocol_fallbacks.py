# Old-style sequence iteration through __getitem__, slice assignment through __setitem__,
# StopIteration.value, type unions, bytes.find with an int needle.
class Seq:
    def __init__(self, n):
        self.n = n
        self.log = []
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __setitem__(self, k, v):
        self.log.append((k, v))

s = Seq(4)
print(list(s), [x for x in s], sum(s), 9 in s, tuple(Seq(0)))
s[1:3] = [7, 8]
s[::2] = "ab"
s[5] = 1
print(s.log, s[1:2])
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))
try:
    iter(object())
except TypeError as e:
    print("TypeError:", e)
e = StopIteration(42)
print(e.value, StopIteration().value, StopIteration(1, 2).value, e.args)
def gen():
    yield 1
    return "done"
g = gen()
next(g)
try:
    next(g)
except StopIteration as ex:
    print("returned", ex.value)
u = int | str
print(u, int | None, type(u) is type(float | bytes), u.__args__, (int | str | int).__args__)
print(b"abcabc".find(99), b"abcabc".rfind(97), b"abc".count(98), bytearray(b"xyz").find(122), b"abc".index(97))
try:
    b"abc".find(300)
except ValueError as e:
    print("ValueError:", e)
import _string
print(list(_string.formatter_parser("a{0!r:>{w}}b{{c}}{x.y[1]}")), list(_string.formatter_parser("")))
first, rest = _string.formatter_field_name_split("obj.attr[2][key].z")
print(first, list(rest))
for bad in ["{", "}", "{0!}", "{0!r x}", "{0:{"]:
    try:
        list(_string.formatter_parser(bad))
    except ValueError as e:
        print("ValueError:", e)
import codecs
print(codecs.lookup("UTF-8").name, codecs.encode("é", "utf-8"), codecs.decode(b"\xc3\xa9", "utf-8"), codecs.lookup_error("strict").__name__)
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
