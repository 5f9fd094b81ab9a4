# Classes called with keywords, *args and **kwargs: the instance and its __init__ bound in
# place; errors, __init__ returning a value, __del__ running once per instance made.
class P:
    def __init__(self, x, y=0, *rest, scale=1, **extra):
        self.v = (x, y, rest, scale, extra)

print(P(1).v, P(x=1).v, P(1, y=2).v, P(1, 2, 3, 4, scale=5, z=6).v, P(*(1, 2), **{"scale": 3}).v)
for args, kwargs in (((), {}), ((1,), {"x": 2}), ((), {"y": 1})):
    try:
        P(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

class Q:
    def __init__(self, a, *, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f"Q({self.a}, b={self.b})"

print(Q(1, b=2), Q(a=3, b=4), [Q(i, b=-i) for i in range(3)])
try:
    Q(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Q(1, c=2)
except TypeError as e:
    print("TypeError:", e)

class R:
    def __init__(self, **kw):
        return kw

try:
    R(a=1)
except TypeError as e:
    print("TypeError:", e)

made = []
class D:
    def __init__(self, a, *, k):
        made.append(a)
    def __del__(self):
        print("del", made)

try:
    D(1, j=2)
except TypeError as e:
    print("TypeError:", e)
d = D(2, k=3)
del d
print(made)

class Meta(type):
    def __call__(cls, *a, **k):
        print("meta call", a, k)
        return super().__call__(*a, **k)

class M(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v

print(M(v=5).v)

class N:
    def __new__(cls, *a, **k):
        print("new", a, k)
        return super().__new__(cls)
    def __init__(self, v=0):
        self.v = v

print(N(v=7).v)

class Base:
    def __init__(self, *a, **k):
        self.got = (a, k)
class Sub(Base):
    pass
print(Sub(1, q=2).got, type(Sub(q=1)).__name__)
