class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return "A.make for " + cls.__name__
    x = "A.x"

class B(A):
    def hello(self):
        s = super()
        return "B>" + s.hello()
    @classmethod
    def make(cls):
        return "B>" + super().make()

class C(B):
    def hello(self):
        return "C>" + super(B, self).hello()

c = C()
print(B().hello(), c.hello(), B.make(), C.make())
s = super(C, c)
print(type(s).__name__, s.hello(), s.x, s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(repr(super(B, c)).startswith("<super: <class 'B'>, <C object>>"))
print(super(C, C).make())
unbound = super(B)
print(repr(unbound))
print(unbound.__get__(c).hello())
for bad in (lambda: super(B, 5), lambda: super(5, c), lambda: super(1, 2, 3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(A, A()).hello
except AttributeError as e:
    print("AttributeError:", e)
class D(dict):
    def __getitem__(self, k):
        return ("D", super().__getitem__(k))
print(D(a=1)["a"], isinstance(super(D, D()), super))
