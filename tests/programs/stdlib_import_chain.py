import abc, types, weakref, operator, heapq, bisect, keyword
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
class Impl(Base):
    def run(self): return "ran"
try:
    Base()
except TypeError as e:
    print("abstract:", e)
print(Impl().run(), isinstance(Impl(), Base))
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, list[int], dict[str, int])
class Obj: pass
o = Obj()
r = weakref.ref(o)
print(r() is o)
del o
print(r())
h = [5, 1, 4]; heapq.heapify(h); print(heapq.heappop(h), h)
print(bisect.bisect_left([1, 3, 5], 4), keyword.iskeyword("for"), operator.add(2, 3))
