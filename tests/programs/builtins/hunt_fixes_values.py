# Found by a sweep against CPython 3.14: format() with an empty spec shows a subclass's
# __str__ (int, str, float subclasses, enums with mixins); type(name, bases, ns) takes
# __module__ from the caller; bytes()/bytearray() let an iterator's own exception through;
# an int too large for a float in mixed arithmetic raises OverflowError.
X = type("X", (), {"a": 1})
print(X, X.__module__, repr(X()).split(" at ")[0])
Y = type("Y", (X,), {"__module__": "mine"})
print(Y, Y.__module__)


def make():
    return type("Z", (), {})


print(make(), make().__qualname__)
from enum import Enum, IntEnum, IntFlag
class B(int):
    def __str__(self): return "B-str"
class S(str):
    def __str__(self): return "S-str"
class F(float):
    def __repr__(self): return "F-repr"
class I(int):
    def __repr__(self): return f"I({int(self)})"
print(f"{B(3)}", f"{S('a')}", "{}".format(B(3)), format(B(3)), f"{B(3):d}", f"{S('a'):>3}", f"{F(1.5)}", f"{I(5)}", f"{F(1.5):.1f}")
class C(str, Enum):
    A = "a"
class N(IntEnum):
    ONE = 1
class Fl(IntFlag):
    R = 1
    W = 2
print(f"{C.A}", f"{N.ONE}", f"{Fl.R | Fl.W}", str(N.ONE), format(N.ONE, "d"), f"{N.ONE:>4}", "%s %d" % (N.ONE, N.ONE))
class O:
    def __str__(self): return "O!"
print(f"{O()}", format(O()), "{}".format(O()))
print(f"{True}", f"{True:d}", format(True, ""))
import ipaddress
def gen():
    yield 1
    raise ValueError("inner")
for f in (bytes, bytearray):
    for src in [gen(), 1.5, [256], [1, "a"], iter([1, 2]), (x for x in [65, 66]), None]:
        try:
            print(f(src))
        except Exception as ex:
            print(type(ex).__name__, ex)
try:
    ipaddress.ip_address("300.1.1.1")
except ValueError as ex:
    print(ex)
print(ipaddress.ip_address("10.0.0.1"), int.from_bytes(gen() if False else [1, 2], "big"))
big = 10**400
for f in [lambda: big / 3.0, lambda: big * 1.0, lambda: big // 3.0, lambda: 2.0 - big, lambda: big ** 0.5, lambda: 1.5 ** big,
          lambda: big + 0.5, lambda: 0.5 < big, lambda: big == float("inf"), lambda: big % 2.0, lambda: divmod(big, 2.0),
          lambda: float(big), lambda: 10**308 * 1.0, lambda: big / 10**399, lambda: (-big) * 2.0, lambda: 2**1023 * 1.0, lambda: 2**1024 + 0.0]:
    try:
        print(f())
    except OverflowError as ex:
        print("OverflowError", ex)
