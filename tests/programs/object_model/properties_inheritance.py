class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        print("Base setter", x)
        self._v = x
class Child(Base):
    @Base.v.getter
    def v(self):
        return self._v * 100
class Child2(Base):
    @property
    def v(self):
        return "overridden, read-only"
c = Child()
c.v = 3
print(c.v)
c2 = Child2()
try:
    c2.v = 5
except AttributeError as e:
    print("AttributeError:", e)
print(c2.v)
class UsesSuper(Base):
    @property
    def v(self):
        return ("super", super().v)
    @v.setter
    def v(self, x):
        Base.v.fset(self, x + 1)
u = UsesSuper()
u.v = 10
print(u.v)
print(isinstance(Base.v, property), Child.v.fset is Base.v.fset, Child.v.fget is not Base.v.fget)
class P:
    @property
    def name(self): return "n"
print(P.name.__isabstractmethod__, hasattr(P.name, "__name__") and P.name.__name__)
