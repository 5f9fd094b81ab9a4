s = slice(2, 10, 3)
print(s, s.start, s.stop, s.step, list(range(20))[s], s.indices(8), slice(None), slice(5, None))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), repr(slice("a", "b")))
o = object()
print(type(o).__name__, o.__class__.__name__, o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(object.__doc__.splitlines()[0], object.__name__)
print(sorted(n for n in dir(object()) if n in ("__eq__", "__hash__", "__repr__", "__init_subclass__")))
p = property(lambda self: 1)
print(type(p).__name__, p.fget is not None, p.fset, p.fdel)
class Q:
    v = p
print(Q().v)
print(repr(Ellipsis), repr(None), NotImplemented.__class__.__name__)
