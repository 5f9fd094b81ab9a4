from abc import ABC, abstractmethod
import collections.abc as cabc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name}: {self.area()}"

class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"

print(Sq(3).describe())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.__abstractmethods__))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.Set))
print(isinstance((x for x in []), cabc.Generator), isinstance(iter([]), cabc.Iterator))
print(issubclass(dict, cabc.MutableMapping), issubclass(tuple, cabc.MutableSequence))
class Len:
    def __len__(self): return 0
print(isinstance(Len(), cabc.Sized), isinstance(Len(), cabc.Iterable))
class MyAbc(ABC): pass
MyAbc.register(int)
print(isinstance(3, MyAbc), issubclass(bool, MyAbc))
class Seq(cabc.Sequence):
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
s = Seq()
print(list(s), s.index(20), s.count(10), 10 in s, list(reversed(s)))
