print(type(super).__name__, type(classmethod).__name__, type(staticmethod).__name__, type(property).__name__)
class A:
    def hi(self): return "A.hi"
class B(A):
    def hi(self): return "B+" + super().hi()
print(B().hi(), super(B, B()).hi())
cm = classmethod(lambda cls: cls.__name__)
class C:
    name = cm
    sm = staticmethod(len)
print(C.name(), C().name(), C.sm("abc"), C.__dict__["sm"].__wrapped__ if hasattr(C.__dict__["sm"], "__wrapped__") else None)
print(staticmethod(abs)(-3))
