class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class C(Dd, F): pass
class B(Dd, E): pass
class A(B, C): pass
print(" ".join(k.__name__ for k in A.__mro__))

class K1: pass
class K2: pass
class K3: pass
class Ka(K1, K2, K3): pass
class Kb(K2, K3): pass
class Kc(Ka, Kb): pass
print(" ".join(k.__name__ for k in Kc.__mro__))

class Base:
    def __init__(self):
        print("Base.__init__")
class Left(Base):
    def __init__(self):
        print("Left.__init__ enter")
        super().__init__()
        print("Left.__init__ exit")
class Right(Base):
    def __init__(self):
        print("Right.__init__ enter")
        super().__init__()
        print("Right.__init__ exit")
class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__ enter")
        super().__init__()
        print("Bottom.__init__ exit")
Bottom()
print(super(Left, Bottom()).__init__ is not None)
