class A:
    def f(self):
        return "A.f"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
class B(A):
    def f(self):
        return "B.f/" + super().f()
    @classmethod
    def cm(cls):
        return "B.cm/" + super().cm()
class C(B):
    def f(self):
        return "C.f/" + super(B, self).f()

c = C()
print(c.f())
print(B.cm())
print(C.cm())
print(super(C, c).f())
print(super(B, C).cm())
s = super(C, c)
print(type(s).__name__)
print(repr(s).startswith("<super: <class 'C'>, <C object"))
try:
    super(B, 42)
except TypeError as e:
    print("TypeError:", e)

def outside():
    return super().f()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)

class D(A):
    def g(self):
        return [super().f() for _ in range(2)]
print(D().g())
class E(A):
    def f(self):
        return (lambda: super(E, self).f())()
print(E().f())
