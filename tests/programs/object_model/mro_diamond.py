class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()

print([k.__name__ for k in D.__mro__])
print(D().who())
print([k.__name__ for k in D.mro()])
print(issubclass(D, A), issubclass(D, C), isinstance(D(), B))
print(D.__bases__ == (B, C))
print(A.__bases__ == (object,))
print(object.__bases__)

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in W.__mro__])
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(A, D): pass
except TypeError as e:
    print("TypeError:", e)
