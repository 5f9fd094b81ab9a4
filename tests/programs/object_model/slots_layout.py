# __slots__ storage: member descriptors index a per-instance slot array. Covers mangled and
# sorted member names, lay-out conflicts between slotted bases, descriptors applied to the
# wrong class, __getattr__ after an unset slot, copy/pickle/gc/__del__/weakref through slots,
# __class__ assignment, dataclass(slots=True), and CPython's slot-list errors.
import copy, gc, weakref, pickle
from dataclasses import dataclass
class A:
    __slots__ = ('z', 'a', '__p')
    x = 1
print(list(A.__dict__))
print(A.z, A.__dict__['_A__p'])
class B:
    __slots__ = ('b',)
class E:
    __slots__ = ()
class F(A, E): pass
print(F.__mro__)
try:
    class C(A, B): pass
except TypeError as e: print(e)
class D(A):
    __slots__ = ('d', '__dict__')
d = D(); d.z = 1; d.d = 2; d.q = 3; d._A__p = 4
print(d.__dict__, d.z, d.d, d._A__p)
del d.z
try: d.z
except AttributeError as e: print(e)
try: del d.z
except AttributeError as e: print(e)
class G(B): pass
class H(G, B): pass
print(H.__mro__)
class I(G):
    __slots__=('i',)
try:
    class J(I, A): pass
except TypeError as e: print(e)
class K(I, G): pass
k = K(); k.i = 1; k.b = 2; print(k.i, k.b)
a = A(); 
class A2:
    __slots__ = ('a', 'z', '__p')
try:
    a.__class__ = A2
    print("ok")
except TypeError as e: print(e)
class A:
    __slots__ = ('x',)
class B:
    __slots__ = ('x',)
b = B(); b.x = 5
m = A.__dict__['x']
for f in (lambda: m.__get__(b), lambda: m.__set__(b, 1), lambda: m.__delete__(b), lambda: m.__get__(3), lambda: m.__get__(None, A), lambda: m.__get__(None)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
B.y = m
try: print(b.y)
except Exception as e: print(type(e).__name__, e)
try: b.y = 3
except Exception as e: print(type(e).__name__, e)
print(m.__name__, m.__objclass__, m.__qualname__ if hasattr(m,'__qualname__') else '-')
a = A()
try: a.x
except AttributeError as e: print(e)
try: del a.x
except AttributeError as e: print(e)
try: m.__delete__(a)
except AttributeError as e: print(e)
try: m.__get__(a)
except AttributeError as e: print(e)

class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self): return f"P({self.x!r}, {self.y!r})"

p = P(1, [2])
q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y)
print(pickle.loads(pickle.dumps(p)))
print(p.__reduce_ex__(2)[2])
del p.x
print(copy.copy(p).__reduce_ex__(2)[2])
try: p.z = 1
except AttributeError as e: print(e)
print(hasattr(p, '__dict__'), hasattr(p, 'x'), getattr(p, 'x', 'dflt'))

class Q(P):
    __slots__ = ('z', '__weakref__')
q = Q(1, 2); q.z = 3
print(q.x, q.y, q.z, weakref.ref(q)() is q)
print(sorted(k for k in Q.__dict__ if not k.startswith('__')), Q.__slots__)

class R(Q):
    pass
r = R(5, 6); r.z = 7; r.w = 8
print(r.__dict__, r.x, r.z)

class S(P):
    __slots__ = ['__dict__', 'k']
s = S(1, 2); s.k = 3; s.m = 4
print(s.__dict__, vars(s))

# cycles through slots are collected
class N:
    __slots__ = ('other', '__weakref__')
a = N(); b = N(); a.other = b; b.other = a
w = weakref.ref(a)
del a, b
gc.collect()
print(w())

# __del__ with slots
class D:
    __slots__ = ('v',)
    def __del__(self): print("del", self.v)
d = D(); d.v = 42; del d

# __class__ assignment between compatible slotted classes
class A1:
    __slots__ = ('a', 'b')
class A2:
    __slots__ = ('b', 'a')
o = A1(); o.a = 1; o.b = 2
o.__class__ = A2
print(type(o).__name__, o.a, o.b)

# slot names from other iterables
class It:
    __slots__ = {'p': 'doc p', 'q': 'doc q'}
i = It(); i.p = 1
print(i.p, It.p.__doc__ if hasattr(It.p, '__doc__') else None)
class Single:
    __slots__ = 'only'
s1 = Single(); s1.only = 'o'; print(s1.only)

@dataclass(slots=True)
class DC:
    a: int
    b: str = 'x'
dc = DC(1)
print(dc, DC.__slots__, hasattr(dc, '__dict__'))
dc.a = 5; print(dc.a, dc == DC(5))

@dataclass(frozen=True, slots=True)
class FZ:
    a: int
f = FZ(3)
try: f.a = 4
except Exception as e: print(type(e).__name__, e)
print(f, hash(f) == hash(FZ(3)))

class Mix:
    __slots__ = ('a',)
    def __getattr__(self, n): return 'ga:' + n
m = Mix(); print(m.a); m.a = 1; print(m.a)
class SA:
    __slots__ = ('a',)
    def __setattr__(self, n, v): print('set', n, v); object.__setattr__(self, n, v)
sa = SA(); sa.a = 9; print(sa.a)
for bad in [(1,), ('a b',), ('__dict__', '__dict__')]:
    try:
        class Bad: __slots__ = bad
        print("made", bad)
    except Exception as e: print(type(e).__name__, e)
class Base2:
    __slots__ = ('a',)
class Sub2(Base2):
    __slots__ = ('a',)
s2 = Sub2(); s2.a = 1; print(s2.a, Base2.a.__get__(s2) if False else '')
try: print(Base2.a.__get__(s2))
except AttributeError as e: print('AE', e)
for base in (int, tuple, bytes, str, list, dict, float, object):
    for sl in ((), ('a',), ('__dict__',), ('__weakref__',)):
        try:
            C = type('C', (base,), {'__slots__': sl})
            print(base.__name__, sl, 'ok', hasattr(C(), '__dict__'))
        except TypeError as e: print(base.__name__, sl, e)
class T(tuple): pass
try:
    class T2(T): __slots__ = ('a',)
except TypeError as e: print(e)
class W: pass
try:
    class W2(W): __slots__ = ('__weakref__',)
except TypeError as e: print(e)
try:
    class W3(W): __slots__ = ('__dict__',)
except TypeError as e: print(e)
class S0: __slots__ = ('a',)
class S1(S0): __slots__ = ('__weakref__', '__dict__', 'b')
s = S1(); s.a = 1; s.b = 2; s.c = 3; print(s.__dict__)
try:
    class S2(S1): __slots__ = ('__weakref__',)
except TypeError as e: print(e)
class M(W, S0): __slots__ = ('m',)
m = M(); m.a = 1; m.m = 2; m.zz = 3; print(m.a, m.m, m.zz)
print(type('X', (), {'__slots__': ('é',)})().__class__.__slots__)
