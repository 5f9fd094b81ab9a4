values = [iter([]), iter(()), iter("ab"), iter("é"), iter(range(3)), iter({}), iter({}.values()), iter({}.items()),
          iter(set()), iter(b""), iter(bytearray()), reversed([]), reversed("ab"), zip(), map(abs, []), filter(None, []),
          enumerate([]), iter(lambda: 0, 0)]
print([type(v).__name__ for v in values])
print(zip is type(zip()), isinstance(map(str, []), map), issubclass(enumerate, object))
it = iter([1, 2, 3])
print(it.__next__(), next(it), it.__iter__() is it, it.__length_hint__())
r = iter(range(10))
next(r)
print(r.__length_hint__(), list(zip(*[iter("abc")] * 2)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()], list(reversed([1, 2])))
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "xyz"[i]
print(list(reversed(Rev())), type(reversed(Rev())).__name__)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.value)
try:
    iter([]).__next__()
except StopIteration:
    print("StopIteration from __next__")
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
