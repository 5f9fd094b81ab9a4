# Calling bound methods held in variables and instances with __call__: results, arity
# errors, keyword calls, defaults, bound methods of bound methods, builtins as __call__.
import types


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, x, scale=1):
        self.total += x * scale
        return self.total

    def __call__(self, x, *, neg=False):
        return -x if neg else x * 3


a = Acc()
add = a.add
for i in range(5):
    add(i)
print(a.total, add(10, 2), add(1, scale=5), add(x=2))
try:
    add()
except TypeError as e:
    print("TypeError:", e)
try:
    add(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    add(1, bogus=2)
except TypeError as e:
    print("TypeError:", e)
print(a(4), a(4, neg=True), [a(i) for i in range(3)])
try:
    a()
except TypeError as e:
    print("TypeError:", e)
try:
    a(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Twice:
    __call__ = len


print(Twice()([1, 2, 3]))


class Meta(type):
    def __call__(cls, *args):
        return ("made", cls.__name__, args)


class M(metaclass=Meta):
    pass


print(M(1, 2))
bm = types.MethodType(lambda self, y: (self, y), "recv")
print(bm(5))
bb = types.MethodType(a.add, 100)
print(bb(), a.total)


class Chain:
    def __call__(self):
        return self.inner

    def __init__(self):
        self.inner = self.method

    def method(self, v=7):
        return v


c = Chain()
print(c()(), c()(8))


class Gen:
    def __call__(self, n):
        yield from range(n)


print(list(Gen()(4)))
callbacks = [a.add, Acc().add, a]
print([cb(2) for cb in callbacks])


def outer():
    return add(1, 1, 1)


outer()
