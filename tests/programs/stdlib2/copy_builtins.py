# copy of built-in containers and their subclasses, and reduce tuples.
import copy
import collections

print(copy.copy(bytearray(b"ab")), copy.deepcopy(bytearray(b"cd")), copy.copy({1, 2}), copy.deepcopy({3: [4]}))
print(copy.copy(range(3)), copy.deepcopy(slice(1, 2)), copy.copy(3 + 4j), copy.deepcopy(b"x"))

class L(list):
    pass

class D(dict):
    pass

class S(set):
    pass

class I(int):
    pass

class T(tuple):
    pass

l = L([1, [2]])
l.extra = "e"
d = D(a=[1])
d.tag = 5
for obj in (l, d, S({1, 2}), I(7), T((1, [2]))):
    c = copy.copy(obj)
    dc = copy.deepcopy(obj)
    show = sorted if isinstance(obj, set) else (lambda x: x)
    print(type(c).__name__, show(c), type(dc).__name__, show(dc), getattr(dc, "extra", getattr(dc, "tag", None)))
print(copy.deepcopy(l)[1] is not l[1], copy.copy(l)[1] is l[1])
r = object.__reduce_ex__(L([1]), 2)
print(r[0].__name__, r[1][0].__name__, r[2], list(r[3]), r[4])
r = object.__reduce_ex__(D(k=1), 4)
print(r[1][0].__name__, r[2], r[3], list(r[4]))
print(I(5).__reduce_ex__(2)[1][1:], copy.deepcopy(collections.OrderedDict(a=1)))
