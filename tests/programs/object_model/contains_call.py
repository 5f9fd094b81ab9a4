class Evens:
    def __contains__(self, x):
        print("contains", x)
        return isinstance(x, int) and x % 2 == 0
ev = Evens()
print(4 in ev, 3 in ev, 3 not in ev)
class Ret:
    def __contains__(self, x):
        return "truthy string"
print(1 in Ret())

class Iterable:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in Iterable())

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
add5 = Adder(5)
print(add5(1), add5(1, scale=3), callable(add5), callable(Adder), callable(3))
print(list(map(add5, [1, 2])))
try:
    add5()
except TypeError as e:
    print("TypeError:", e)
try:
    ev()
except TypeError as ex:
    print("TypeError:", ex)

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
