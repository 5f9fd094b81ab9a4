class P:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
p = P()
print(type(P.a).__name__, repr(P.a), p.a, hasattr(p, "b"), hasattr(p, "__dict__"))
p.b = 2
del p.a
print(hasattr(p, "a"), p.b)
try:
    del p.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.c = 3
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    __slots__ = ("__dict__",)
q = Q()
q.extra = 5
q.a = 7
print(q.__dict__, q.a)
class R(P):
    pass
r = R()
r.a = 1
r.z = 2
print(r.__dict__)
print(P.a.__get__(p, P) if hasattr(p, "a") else "unset", P.b.__get__(p))
P.b.__set__(p, 42)
print(p.b)
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
class S:
    __slots__ = "only"
s = S()
s.only = "one"
print(s.only, S.__slots__)
