# The one-argument built-in functions (CPython's METH_O): called with one argument they
# answer directly; any other call raises CPython's message, keywords reported first.
import functools

ONE = (abs, len, repr, chr, ord, id, hash, callable, hex, bin, oct, ascii)

for f in ONE:
    for args, kw in (((), {}), ((1, 2), {}), ((1,), {"x": 2}), ((), {"obj": 1}), ((1, 2, 3), {"y": 0})):
        try:
            f(*args, **kw)
            print(f.__name__, "ran")
        except TypeError as e:
            print(f.__name__, e)

# Spelled out at the call site (CALL and CALL_KW), through a partial and through map.
for call in (
    lambda: abs(),
    lambda: abs(1, 2),
    lambda: abs(x=1),
    lambda: len([], []),
    lambda: repr(obj=1),
    lambda: chr(65, 66),
    lambda: functools.partial(ord, "a")("b"),
    lambda: list(map(hex, [1], [2])),
):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)

# The results, over the types each accepts.
print(abs(-3), abs(-2.5), abs(True), abs(-(2**70)), abs(3 + 4j), abs(-0.0))
print(len("héllo"), len([1, 2]), len({1: 2}), len(range(10**20)) if False else len(range(7)))
print(repr("a'b"), repr(1.5), repr(None), ascii("é\n"), ascii([1, "ü"]))
print(chr(65), chr(0x1F600), ord("A"), ord("é"), ord(b"z"), ord(bytearray(b"y")))
print(hex(255), hex(-255), bin(5), oct(64), hex(2**70), bin(True))
print(callable(len), callable(1), callable(int), callable(lambda: 0))
print(hash(1) == hash(1.0), hash("") == hash(""), type(id(ONE)).__name__)

# Their own errors, raised from the one-argument form.
for call in (
    lambda: abs("x"),
    lambda: len(5),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: chr("a"),
    lambda: chr(2**70),
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: ord(1),
    lambda: ord(b"ab"),
    lambda: hex(1.5),
    lambda: hash([]),
):
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# Dunder methods reached through them.
class C:
    def __abs__(self):
        return "abs!"

    def __len__(self):
        return 3

    def __repr__(self):
        return "C()"

    def __index__(self):
        return 10

    def __hash__(self):
        return 42

print(abs(C()), len(C()), repr(C()), hex(C()), bin(C()), oct(C()), hash(C()), ascii(C()))

class BadLen:
    def __len__(self):
        return -1

try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)

# A shadowing name is called as itself.
def shadow():
    len = lambda x, y=0: "mine"
    return len([1, 2, 3])

print(shadow())
print(abs.__name__, len.__qualname__, repr(abs), abs.__self__ is __builtins__ or type(abs.__self__).__name__)

# chr takes any integer.
class Idx:
    def __index__(self):
        return 97

print(chr(True), chr(Idx()), repr(chr(0xD800)))
for bad in (-(2**70), 2**64, -1):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError", e)
