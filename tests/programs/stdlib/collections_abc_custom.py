from collections.abc import MutableMapping, Sequence, Set, Iterator
class LowerDict(MutableMapping):
    def __init__(self, *a, **kw):
        self._d = {}
        self.update(*a, **kw)
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
ld = LowerDict(A=1, b=2)
ld["C"] = 3
print(ld["a"], ld.get("B"), list(ld), dict(ld.items()), "c" in ld, ld.pop("a"), ld.setdefault("d", 4), len(ld))
ld.update({"E": 5})
print(sorted(ld.keys()), ld == {"b": 2, "c": 3, "d": 4, "e": 5})
class Evens(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if not -self.n <= i < self.n: raise IndexError("out")
        return (i % self.n) * 2
e = Evens(5)
print(list(e), e[1:3], e[-1], 4 in e, e.index(6), e.count(2), list(reversed(e)))
class Bits(Set):
    def __init__(self, it): self._s = sorted(set(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), a <= Bits([1, 2, 3, 4]), a.isdisjoint([9]))
class Count(Iterator):
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Count()), iter(Count()).__class__.__name__)
