# marshal: dumps/loads of the basic types, and its errors.
import marshal

values = [None, True, False, 0, 1, -1, 255, 300, -5, 2**31, 2**70, -(2**65), 1.5, -0.0, 1e300, 2 + 3j,
          "", "a", "hello", "héllo", "x" * 300, b"", b"\x00\xff", (), (1,), (1, "a", (2.5,)),
          [], [1, [2, [3]]], {}, {"k": [1, 2], 3: (4,)}, set(), {1, 2, 3}, frozenset(), frozenset({"a"}), ..., bytearray(b"ab")]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(repr(v)[:40], type(back).__name__, back == v or (v != v))
# Only objects whose identity marshal can tell without reference counts: singletons, small
# ints, interned strings and the empty tuple.
for v in [None, True, False, ..., 7, -1, 256, "abc", (), b""]:
    print(marshal.dumps(v))
print(marshal.version, marshal.loads(marshal.dumps([1, 2]) + b"trailing"))
print(marshal.loads(b"\xe9\x07\x00\x00\x00"), marshal.loads(bytearray(b"N")))
for bad in (lambda: marshal.dumps(object()), lambda: marshal.dumps([1, object()]), lambda: marshal.dumps(lambda: 0),
            lambda: marshal.loads(b""), lambda: marshal.loads(b"i\x01"), lambda: marshal.loads(b"?"),
            lambda: marshal.loads("str")):
    try:
        print(bad())
    except (ValueError, EOFError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class MyInt(int):
    pass
try:
    marshal.dumps(MyInt(3))
except ValueError as e:
    print("ValueError:", e)
