def init(self, a):
    self.a = a
Dyn = type("Dyn", (object,), {"__init__": init, "double": lambda self: self.a * 2, "k": 9})
d = Dyn(21)
print(d.double(), Dyn.k, Dyn.__name__, type(d).__name__)
print(type(5), type("s"), type(None), type(type))
try:
    type("X", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("a", "b")
except TypeError as e:
    print("TypeError:", e)
Sub = type("Sub", (Dyn,), {})
print(Sub(4).double(), Sub.__mro__[1] is Dyn)
print(isinstance(Dyn, type), issubclass(type, object), isinstance(type, object))
import types
ns = types.SimpleNamespace(a=1, b=2)
ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b=2, c=3))
C = types.new_class("C", (), {}, lambda ns: ns.update({"v": 5}))
print(C.v, C.__name__)
f = types.FunctionType
print(type(init) is f, type(len).__name__, type([].append).__name__, type(d.double).__name__)
print(types.MethodType(lambda self: self.a, d)())
try:
    class Final(bool): pass
except TypeError as e:
    print("TypeError:", e)
