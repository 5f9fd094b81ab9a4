class Rev:
    def __init__(self, data):
        self.data = data
    def __reversed__(self):
        print("custom reversed")
        return iter(self.data[::-1])
    def __iter__(self):
        return iter(self.data)
print(list(reversed(Rev([1, 2, 3]))))
class SeqOnly:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return chr(97 + i)
print(list(reversed(SeqOnly())))
try:
    reversed({1: 2}.keys() if False else 5)
except TypeError as e:
    print("TypeError:", e)
print(list(reversed({"a": 1, "b": 2})))
print(list(reversed(range(5))), list(reversed("abc")))
class Hint:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 2
import operator
print(operator.length_hint(Hint()), operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(7))))
print(operator.length_hint(object(), 42))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)
