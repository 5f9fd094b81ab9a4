# staticmethod and classmethod read through instances (the attribute cache's wrapper kinds).
class A:
    @staticmethod
    def unit(*a):
        return ("unit", a)

    @classmethod
    def kind(cls, *a):
        return (cls.__name__, a)


class B(A):
    pass


for obj in (A(), B(), A(), B()):
    print(obj.unit(), obj.unit(1), obj.kind(), obj.kind(2), obj.kind.__self__.__name__)
    f, g = obj.unit, obj.kind
    print(f(3), g(4), type(g).__name__, g.__func__.__name__)

b = B()
for i in range(3):
    print(b.kind(), b.unit())
b.kind = lambda: "shadowed kind"
b.unit = lambda: "shadowed unit"
for i in range(2):
    print(b.kind(), b.unit())
del b.kind, b.unit
print(b.kind(), b.unit())
A.unit = staticmethod(lambda: "replaced")
A.kind = classmethod(lambda cls: "re-" + cls.__name__)
for i in range(2):
    print(b.unit(), b.kind(), A().kind())
B.kind = lambda self: "plain method now"
print(b.kind(), A().kind())


class SM(staticmethod):
    pass


class C:
    s = SM(lambda: "sub staticmethod")
    c = classmethod(len)


for i in range(2):
    print(C().s())
    try:
        C().c()
    except TypeError as e:
        print("TypeError", e)


class D:
    __slots__ = ("x",)

    @staticmethod
    def f():
        return "slots static"

    @classmethod
    def g(cls):
        return cls


for i in range(2):
    print(D().f(), D().g().__name__)
try:
    D().f = 1
except AttributeError as e:
    print("AttributeError", e)
for target, attr in ((D(), "g"), (D(), "zz"), (object(), "zz"), (D(), "x")):
    try:
        setattr(target, attr, 1)
        print("set", attr)
    except AttributeError as e:
        print("AttributeError", e)
