class acm(classmethod):
    def __init__(self, f):
        f.__isabstractmethod__ = True
        super().__init__(f)
class cprop(property):
    pass
class A:
    @acm
    def make(cls): return cls.__name__
    @cprop
    def v(self): return 7
    @staticmethod
    def s(x): return x + 1
print(A.make(), A().make(), A().v, A.s(1), isinstance(A.__dict__['make'], classmethod))
print(type(A.__dict__['v']).__name__, property, classmethod)
