# StringIO.readlines(hint) stops after the line that passes the hint (IOBase rule),
# BytesIO once the total reaches it; str() of a mappingproxy is the mapping's str.
import io, types, enum
for hint in [-1, 0, 1, 2, 3, 4, 5, 100]:
    print(hint, io.StringIO("a\nb\nc\n").readlines(hint), io.BytesIO(b"a\nb\nc\n").readlines(hint))
print(io.StringIO("ab\ncd").readlines(3), io.BytesIO(b"ab\ncd").readlines(3))
m = types.MappingProxyType({"a": 1})
print(m)
print(str(m), repr(m), f"{m}")
class Color(enum.Enum):
    RED = 1
print(Color.__members__)
class C:
    x = 1
print(str(C.__dict__)[:1])
