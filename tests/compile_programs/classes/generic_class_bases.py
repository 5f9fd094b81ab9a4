class Base: pass
class C[T](Base):
    pass
class D[T, *Ts, **P](Base, metaclass=type):
    pass
