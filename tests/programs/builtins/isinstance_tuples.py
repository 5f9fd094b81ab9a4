# isinstance and issubclass with tuples of classes: each item is checked in full, a
# metaclass's __instancecheck__/__subclasscheck__ included, nested tuples too.

class A: pass
class B(A): pass
class Meta(type):
    def __instancecheck__(cls, x):
        return True
class M(metaclass=Meta): pass
for v in (1, 1.5, True, "s", A(), B(), None, [1]):
    print(isinstance(v, (int, float)), isinstance(v, (A, str)), isinstance(v, ()), isinstance(v, (M,)), isinstance(v, (list, (A, int))))
try:
    isinstance(1, (int, 5))
except TypeError as e:
    print(e)
try:
    isinstance(1, (str, 5))
except TypeError as e:
    print(e)
import abc, collections.abc
class R(abc.ABC): pass
R.register(int)
print(isinstance(1, (str, R)), issubclass(int, (str, R)), issubclass(bool, (R,)), isinstance("x", (R, (bytes,))))
print(isinstance([], (collections.abc.Sequence, int)), issubclass(list, (collections.abc.Mapping,)))
class SubMeta(type):
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return False
class S(metaclass=SubMeta): pass
print(issubclass(int, (S, int)), issubclass(int, (int, S)))
try:
    issubclass(1, (int,))
except TypeError as e:
    print(e)
try:
    isinstance(1, (int | str, list[int]))
except TypeError as e:
    print(e)
print(isinstance(1, (list, int | str)))
