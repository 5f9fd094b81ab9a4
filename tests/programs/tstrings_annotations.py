# PEP 750 template strings and PEP 649 class annotations.
from string.templatelib import Template, Interpolation
name, n = "world", 3
t = t"hello {name!r:>10} x{n + 1}{{braces}}"
print(t)
print(t.strings, t.values, [type(x).__name__ for x in t])
i = t.interpolations[0]
print(i.value, i.expression, i.conversion, i.format_spec, i)
print(t"a" + t"{n}b", Template("x", Interpolation(1, "one"), "y", "z").strings, type(t).__module__)
match i:
    case Interpolation(value, expr):
        print("matched", value, expr)
try:
    t + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    Template(1)
except TypeError as e:
    print("TypeError:", e)
class C:
    x: int = 1
    y: "str"
    z: list[int]
class D:
    pass
print(C.__annotations__, D.__annotations__, D.__annotate__, callable(C.__annotate__))
print(C.__annotate__(1) == C.__annotations__, "__annotations__" in type.__dict__)
C.__annotations__ = {"q": float}
print(C.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
