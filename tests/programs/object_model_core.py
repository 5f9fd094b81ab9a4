class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3]); l.append(4)
print(l, len(l), l.total(), l[1], isinstance(l, list), type(l).__name__)
class Dd(dict):
    def __missing__(self, k): return k * 2
d = Dd(a=1)
print(d['a'], d.get('b'), len(d))
class I(int):
    def __repr__(self): return f"I({int(self)})"
x = I(5)
print(x + 1, x * 2, repr(x), x == 5, hash(x) == hash(5))
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
s = {P(1, 2): 'a'}
print(s[P(1, 2)], P(1,2) in s, len({P(1,2), P(1,2), P(2,1)}))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("making", cls.__name__)
        return super().__call__(*a)
class W(metaclass=Meta):
    def __init__(self, v): self.v = v
w = W(3)
print(W.tag, w.v, type(W).__name__)
class Base:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.subs.append((cls.__name__, kw))
class S1(Base, flag=1): pass
print(Base.subs)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None): return 42 if obj else self
    def __set__(self, obj, v): obj.__dict__['_' + self.name] = v
class U:
    d = Desc()
u = U(); u.d = 7
print(u.d, u._d, U.d.name)
class Sl:
    __slots__ = ('a',)
s = Sl(); s.a = 1
try:
    s.b = 2
except AttributeError as e: print(e)
class N:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.made = a
        return o
print(N(1, 2).made)
try:
    object.__new__(N, 1)
except TypeError as e: print(e)
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise E(3)
except E as e: print(e, e.code, repr(e), e.args)
print(list.append, str.upper("x"), int.__add__(2, 3))
class Q:
    @property
    def v(self): return 1
    @v.setter
    def v(self, x): print("set", x)
q = Q(); q.v = 5; print(q.v)
try:
    class Bad(A, D): pass
except TypeError as e: print(e)
class T(tuple): pass
print(T((1,2)), T((1,2)) + (3,))
class St(str):
    def shout(self): return self.upper() + "!"
print(St("hi").shout(), St("a") + "b", len(St("abc")))
print(getattr(D, "who").__qualname__, D.__bases__)
