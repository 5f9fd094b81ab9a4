import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.cache
def sq(x):
    print("computing", x)
    return x * x
print(sq(4), sq(4), sq(5))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
p = functools.partial(int, base=2)
print(p("1010"), p.func.__name__, p.args, p.keywords)
p2 = functools.partial(pow, 2)
print(p2(10), repr(functools.partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key="))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@functools.singledispatch
def show(x):
    return "generic " + repr(x)
@show.register
def _(x: int):
    return "int " + str(x)
@show.register(list)
def _(x):
    return "list of " + str(len(x))
print(show(5), show([1, 2]), show("s"), show(True))
class Circle:
    def __init__(self, r): self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area)
class M:
    @functools.partialmethod
    def dummy(self): pass
def add(a, b): return a + b
print(functools.update_wrapper(lambda *a: add(*a), add).__name__)
