class C:
    """Doc of C."""
    x = 1
    def m(self):
        "method doc"
        return 1

print(C.__name__, C.__qualname__, C.__module__, C.__doc__)
print(C.m.__doc__, C.m.__qualname__)
print("x" in C.__dict__, type(C.__dict__).__name__)
try:
    C.__dict__["y"] = 1
except TypeError as e:
    print("TypeError:", e)
C.y = 2
print(C.y, getattr(C, "y"))
delattr(C, "y")
print(hasattr(C, "y"))
c = C()
print(c.__class__ is C, type(c) is C, c.__dict__)
c.__dict__["z"] = 3
print(c.z, vars(c))

class Outer:
    class Inner:
        def f(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.f.__qualname__)
def factory():
    class Local: pass
    return Local
print(factory().__qualname__)
print(repr(C).startswith("<class '__main__.C'>"))
print(int.__name__, int.__qualname__, int.__module__)
class Changed: pass
Changed.__name__ = "Renamed"
print(Changed.__name__, Changed.__qualname__)
c.__class__ = type("Other", (), {})
print(type(c).__name__)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
print(type.__name__, type(type).__name__, type(object).__name__)
