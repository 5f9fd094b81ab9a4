# functools.partial (3.14): Placeholder, nesting, repr, keywords, binding, copy, errors.
import copy
import functools
from functools import partial, Placeholder

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = partial(f, 1)
print(p(2), p(2, 5, d=6), p.func is f, p.args, p.keywords)
q = partial(p, 7, d=8)
print(q(), q.func is f, q.args, q.keywords, q(c=0))
r = partial(f, Placeholder, 2)
print(r(1), r(9, 8), r.args, repr(r).split(" at ")[0].replace("<function ", ""))
print(partial(r, 5).args, partial(r, 5)())
print(repr(partial(len)), repr(partial(max, 1, key=abs)), repr(Placeholder), type(Placeholder).__name__)
k = partial(f, d=1)
k.keywords["d"] = 99
print(k(1, 2), partial(f, 1, 2, d=0)(d=5))

class C:
    m = partial(f, "self?")
    def __init__(self):
        self.v = 1

print(C().m(2)[0], type(C().m(2)[1]).__name__, C.m(0, 1)[:2])
pc = copy.copy(p)
pd = copy.deepcopy(partial(f, [1], d=[2]))
print(pc(0), pd(0), type(pd).__name__)
p.attr = "x"
print(copy.copy(p).attr, vars(p))

class MyPartial(partial):
    pass

mp = MyPartial(f, 1)
print(repr(mp).startswith("__main__.MyPartial(<function f"), mp(2), isinstance(mp, partial))
print(partial[int], functools.reduce(partial(pow, 2) if False else (lambda x, y: x * y), [1, 2, 3]))
for bad in (lambda: partial(), lambda: partial(3), lambda: partial(f, 1, Placeholder),
            lambda: partial(f, d=Placeholder), lambda: r(), lambda: p(2, 3, 4, 5), lambda: Placeholder.__class__()):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(Placeholder.__class__() is Placeholder)
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=K), sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) != K(1), K(5) > K(4), K(4) >= K(5), K(7).obj)
print(type(K).__name__, type(K(1)).__name__, max([5, 9, 2], key=K), min("bca", key=K))
for bad in (lambda: K(1) < 1, lambda: K(), lambda: functools.cmp_to_key()):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
