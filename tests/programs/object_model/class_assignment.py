# obj.__class__ = cls: allowed between Python classes with the same instance layout.
class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

a = A()
a.x = 1
a.__class__ = B
print(type(a).__name__, a.who(), a.x, isinstance(a, B), isinstance(a, A), a.__class__ is B)

class Sub(A):
    pass

a.__class__ = Sub
print(type(a).__name__, a.who(), vars(a))

class S1:
    __slots__ = ("p", "q")

class S2:
    __slots__ = ("q", "p")

class S3:
    __slots__ = ("p",)

s = S1()
s.p = 5
s.__class__ = S2
print(type(s).__name__, s.p)

def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print(type(e).__name__, e)

attempt(s, S3)
attempt(s, A)
attempt(a, S1)
attempt(a, int)
attempt(a, 42)
attempt(1, bool)
attempt([], list)
attempt(ValueError(), KeyError)

class L1(list):
    pass

class L2(list):
    def total(self):
        return sum(self)

l = L1([1, 2, 3])
attempt(l, L2)
print(l.total(), l)
attempt(l, A)

class E1(Exception):
    pass

class E2(ValueError):
    pass

class E3(OSError):
    pass

e = E1("boom")
attempt(e, E2)
print(repr(e), isinstance(e, ValueError))
attempt(e, E3)
try:
    del a.__class__
except TypeError as err:
    print(type(err).__name__, err)

class Meta(type):
    pass

class M1(metaclass=Meta):
    pass

m = M1()
attempt(m, A)

class WithDel:
    def __del__(self):
        print("WithDel.__del__ for", type(self).__name__)

class Plain:
    pass

p = Plain()
p.__class__ = WithDel
del p
print("end")
