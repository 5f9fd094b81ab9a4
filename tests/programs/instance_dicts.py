# Instance dicts made on first use: instances without attributes, __dict__ identity and
# liveness, slotted classes with and without a __dict__, vars(), copy, pickle, and cycles
# through a late dict collected by gc.
import copy
import gc
import pickle


class Empty:
    pass


e = Empty()
d = e.__dict__
print(d, vars(e), e.__dict__ is d)
e.x = 1
print(d, e.__dict__ is d, vars(e))
d["y"] = 2
print(e.y, sorted(vars(e)))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a

    def get(self):
        return self.a


s = Slotted(3)
print(s.get(), s.a, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError as err:
    print("AttributeError:", err)
try:
    s.b
except AttributeError as err:
    print("AttributeError:", err)
try:
    vars(s)
except TypeError as err:
    print("TypeError:", err)


class Open(Slotted):
    pass


o = Open(4)
print(o.get(), o.__dict__)
o.extra = 5
print(o.__dict__, o.extra, o.a)


class P:
    def __init__(self, v=None):
        if v is not None:
            self.v = v

    def __eq__(self, other):
        return vars(self) == vars(other)


print(copy.copy(P()).__dict__, copy.deepcopy(P(7)).__dict__)
print(pickle.loads(pickle.dumps(P())).__dict__, pickle.loads(pickle.dumps(P(8))).v)
print(P() == P(), P(1) == P(1), P(1) == P(2))


class Node:
    pass


gc.collect()
for _ in range(3):
    a, b = Node(), Node()
    a.other = b
    b.other = a
    del a, b
print(gc.collect() >= 2)
x = Empty()
print(getattr(x, "missing", "default"), hasattr(x, "missing"), "missing" in x.__dict__)
