# A class's __name__ and __qualname__: getset descriptors of type, with their checks.
class C: pass
C.__name__ = "D"
print(C.__name__, C.__qualname__, C)
C.__qualname__ = "Q.D"
print(C.__qualname__, C, repr(C))
for v in (5, None):
    try:
        C.__name__ = v
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        C.__qualname__ = v
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del C.__name__
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(type(type.__dict__["__name__"]).__name__, type.__dict__["__name__"].__get__(C), type.__dict__["__qualname__"].__get__(int))
print(type.__name__, int.__name__, type.__qualname__, "__name__" in dir(type))
class M(type): pass
class K(metaclass=M): pass
print(K.__name__, M.__name__, K.__qualname__)
