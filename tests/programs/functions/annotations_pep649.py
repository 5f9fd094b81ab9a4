def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    pass
print(f.__annotations__)
print(f.__annotations__ is f.__annotations__, callable(f.__annotate__), f.__annotate__(1) == f.__annotations__)
def g(x, y=1):
    pass
print(g.__annotations__, g.__annotate__)
def forward(x: Undefined) -> "Later":
    pass
try:
    forward.__annotations__
except NameError as e:
    print("NameError:", e)
Undefined = int
print(forward.__annotations__)
g.__annotations__ = {"x": int}
print(g.__annotations__)
class C:
    x: int
    y: "str" = "s"
    def m(self, v: float) -> None: ...
print(C.__annotations__, C.m.__annotations__)
class D(C):
    z: bytes
print(D.__annotations__, "x" in D.__annotations__)
class E:
    pass
print(E.__annotations__)
lam = lambda q: q
print(lam.__annotations__)
