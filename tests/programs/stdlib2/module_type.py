# types.ModuleType: construction, attributes, repr, subclasses, module_from_spec.
import types, sys
m = types.ModuleType("x")
print(m, m.__name__, m.__doc__, m.__package__, m.__loader__, m.__spec__, sorted(vars(m)))
m2 = types.ModuleType("y", "docs")
print(m2.__doc__, repr(m2))
m2.a = 5
print(m2.a, m2.__dict__["a"])
class Sub(types.ModuleType):
    def hello(self): return "hi " + self.__name__
s = Sub("sub")
print(s, s.hello(), type(s).__name__, isinstance(s, types.ModuleType), sorted(vars(s)))
s.z = 1
print(s.z)
for args, kw in [((), {}), ((1,), {}), (("a", "b", "c"), {}), ((), {"name": "kw", "doc": "d"}), (("a",), {"bad": 1})]:
    try:
        mm = types.ModuleType(*args, **kw)
        print(mm, mm.__doc__)
    except TypeError as e:
        print("TypeError", e)
print(type(sys).__name__, type(sys) is types.ModuleType)
class Lazy(types.ModuleType):
    def __init__(self, name):
        super().__init__(name, "lazy doc")
        self.loaded = False

    def __getattr__(self, attr):
        return attr.upper()

lz = Lazy("lazy")
print(lz, lz.__doc__, lz.loaded, lz.missing, lz.__name__)
import importlib.util
spec = importlib.util.spec_from_loader("made", loader=None)
made = importlib.util.module_from_spec(spec)
print(made, made.__spec__ is spec, made.__loader__, made.__package__)
exec("value = 42\ndef f(): return value", made.__dict__)
print(made.value, made.f())
