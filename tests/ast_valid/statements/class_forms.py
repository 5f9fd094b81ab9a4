class A: pass
class B(): pass
class C(A, B, metaclass=M, **kw): pass
class D(*bases): pass
class E(A,): pass
