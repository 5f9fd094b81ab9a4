class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__", other)
        if other == 0:
            return self
        return self.__add__(other)
    def __rsub__(self, other):
        print("__rsub__", other)
        return Money(other - self.cents)
    def __rmul__(self, other):
        print("__rmul__", other)
        return Money(self.cents * other)
    def __rtruediv__(self, other):
        return NotImplemented
    def __rpow__(self, other):
        return Money(other ** 2)
    def __rmatmul__(self, other):
        return "rmatmul"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rdivmod__(self, o): return "rdivmod"

print(Money(5) + Money(6))
print(3 + Money(4))
print(sum([Money(1), Money(2), Money(3)]))
print(10 - Money(3))
print(2 * Money(7))
print(3 ** Money(1))
print([1] @ Money(1) if False else "skip")
print(1 // Money(1), 1 % Money(1), 1 << Money(1), 1 >> Money(1))
print(1 & Money(1), 1 | Money(1), 1 ^ Money(1), divmod(1, Money(1)))
try:
    1 / Money(2)
except TypeError as e:
    print("TypeError:", e)

class Sub(Money):
    def __radd__(self, other):
        print("Sub.__radd__ first")
        return "sub wins"
print(Money(1) + Sub(2))
