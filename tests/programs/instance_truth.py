# Truth of instances: a class without __bool__ and __len__ answers at once, until a class of
# its MRO gains one of them.
class A:
    pass


class B(A):
    pass


a, b = A(), B()
print([bool(x) for x in (a, b)], not a, "t" if b else "f")
b.__bool__ = lambda: False
print(bool(b))
A.__len__ = lambda self: 0
print(bool(a), bool(b), not b)
A.__bool__ = lambda self: True
print(bool(a), bool(b))
del A.__bool__
del A.__len__
print(bool(a), bool(b))
B.__bool__ = lambda self: 1
try:
    bool(b)
except TypeError as e:
    print("TypeError", e)
del B.__bool__
print(bool(b))


class L(list):
    pass


print(bool(L()), bool(L([1])))


class N:
    __bool__ = None


try:
    bool(N())
except TypeError as e:
    print("TypeError", e)


class Meta(type):
    def __len__(cls):
        return 0


class C(metaclass=Meta):
    pass


print(bool(C()))
for i in range(3):
    print(bool(a), bool(B()), bool(C()))
class M:
    __len__ = None
try:
    print(bool(M()))
except TypeError as e:
    print("TypeError", e)
