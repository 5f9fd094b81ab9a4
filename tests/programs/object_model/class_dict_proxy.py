class K:
    """K doc"""
    a = 1
    def m(self):
        return 2
d = K.__dict__
print(type(d).__name__, "a" in d, d["a"], sorted(k for k in d if not k.startswith("__")), len(d) > 3)
print(d.get("zz", "default"), sorted(d.keys() - {"__module__", "__dict__", "__weakref__", "__doc__", "__qualname__", "__firstlineno__", "__static_attributes__"}))
try:
    d["b"] = 2
except TypeError as e:
    print("TypeError:", e)
print(K.__doc__, int.__doc__ is not None or True, object.__doc__.splitlines()[0])
class Sub(K):
    pass
print(Sub.__doc__, "a" in Sub.__dict__)
import types
mp = types.MappingProxyType({"x": 1})
print(mp["x"], list(mp), mp.copy(), repr(mp))
try:
    mp["y"] = 2
except TypeError as e:
    print("TypeError:", e)
dk = {"q": 1}.keys()
print(dk.mapping["q"], type(dk.mapping).__name__)
print(vars(K)["a"], K.__name__)
K.__name__ = "Renamed"
print(K.__name__, K.__qualname__)
