# One call site, many receivers: built-in values (list, str, dict, int, float, bytes),
# subclasses of built-in types, instances with shadowing attributes, super objects and
# classes; the method found must follow the receiver's type every time.


class MyList(list):
    def append(self, v):
        super().append(v * 10)


class Tagged(str):
    def upper(self):
        return "tagged:" + str.upper(self)


class Shadow:
    def __init__(self):
        self.upper = lambda: "instance attribute"

    def upper(self):
        return "method"


def call_upper(x):
    return x.upper()


def call_append(x, v):
    x.append(v)
    return x


def call_count(x, v):
    return x.count(v)


print([call_upper(v) for v in ["abc", b"abc", bytearray(b"xy"), Tagged("q"), Shadow(), "z"]])
print([call_append(v, 3) for v in [[1], MyList([1]), [2], bytearray(b"a")]])
print([call_count(v, 1) for v in [[1, 1], (1, 2, 1), b"\x01\x01", [0], (1,)]], call_count("a1b1", "1"))

samples = [7, -7, 2.5, True, 3 + 4j, 10**30]
for s in samples:
    print(type(s).__name__, s.conjugate(), s.__abs__(), s.real, s.imag)
for s in [5, 255, 10**20, False]:
    print(s.bit_length(), s.to_bytes(16, "big")[-2:], s.as_integer_ratio())

d = {"a": 1}
keys = []
for obj in [d, {"b": 2}, dict(c=3), d]:
    keys.append(list(obj.keys()))
print(keys)


class Base:
    def greet(self):
        return "base"


class Child(Base):
    def greet(self):
        return "child+" + super().greet()


print([o.greet() for o in [Base(), Child(), Base()]])

# the method looked up on a class, not an instance
print([f(3) for f in [str.upper.__get__("x"), int.bit_length.__get__(8)]] if False else "skip")
print(list.append.__qualname__, str.upper.__name__)
try:
    list.append(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    str.upper(5)
except TypeError as e:
    print("TypeError:", e)

# wrong arity through the cached path
for bad in ([1], "s"):
    try:
        bad.count()
    except TypeError as e:
        print("TypeError:", e)

# attribute errors for the same site
for v in [[1], 2, "s"]:
    try:
        v.nope()
    except AttributeError as e:
        print("AttributeError:", e)
