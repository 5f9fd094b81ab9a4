# __class__ assigned from inside special methods, while the interpreter is using the class.
class B:
    def who(self): return "B"
class A:
    def __call__(self):
        self.__class__ = B
        return "called"
    def __eq__(self, o):
        self.__class__ = B
        return True
    def __hash__(self):
        self.__class__ = B
        return 1
    def __getattr__(self, n):
        self.__class__ = B
        return n
    def __repr__(self):
        self.__class__ = B
        return "A-repr"
    def __str__(self):
        self.__class__ = B
        return "A-str"
    def __iter__(self):
        self.__class__ = B
        return iter([1])
    def __len__(self):
        self.__class__ = B
        return 3
    def __init__(self):
        self.__class__ = B
for f in (lambda a: a(), lambda a: a == 1, lambda a: hash(a), lambda a: a.zzz, lambda a: repr(a), lambda a: str(a), lambda a: list(a), lambda a: len(a), lambda a: len({a: 1}), lambda a: [a].count(1), lambda a: a in [1]):
    a = A.__new__(A)
    print(f(a), type(a).__name__)
print(type(A()).__name__)
class D:
    def __del__(self):
        self.__class__ = B
        print("del ran", type(self).__name__)
d = D(); del d
class P:
    @property
    def p(self):
        self.__class__ = B
        return "prop"
x = P(); print(x.p, type(x).__name__)
