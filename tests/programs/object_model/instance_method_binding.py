class A:
    def m(self, x):
        return ("m", x)
a = A()
bm = a.m
print(bm(1), bm.__self__ is a, bm.__func__ is A.m, type(bm).__name__)
print(A.m(a, 2))
print(bm == a.m, bm is a.m)
a.m = lambda x: ("instance attr", x)
print(a.m(3), A.m(a, 3))
del a.m
print(a.m(4))
def extra(self):
    return "patched " + type(self).__name__
A.extra = extra
print(a.extra())
print(repr(A().m).startswith("<bound method A.m of <__main__.A object"))
try:
    A.m()
except TypeError as e:
    print("TypeError:", e)
try:
    a.m(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(getattr(a, "m")(5))
f = A.__dict__["m"].__get__(a, A)
print(f(6))
print(len.__self__, [].append.__self__, type(len).__name__)
import builtins
print(len.__self__ is builtins)
s = "abc".upper
print(s(), s.__name__, s.__qualname__)
print(int.from_bytes.__self__ is int)
