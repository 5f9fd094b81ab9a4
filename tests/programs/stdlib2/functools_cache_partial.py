# functools: reduce, partial, lru_cache, cache, cmp_to_key, wraps.
import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 7))
print(functools.reduce(operator.mul, range(1, 6), 1))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
p = functools.partial(int, base=2)
print(p("101"), p.func is int, p.args, p.keywords)
q = functools.partial(pow, 2)
print(q(10), functools.partial(q, 3)(), functools.partial(q, 5).args)

@functools.lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x

print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5))

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info().hits > 0)
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a) + 1
    return inner

@deco
def g(x):
    "doc of g"
    return x

print(g(1), g.__name__, g.__doc__, g.__wrapped__(1))
tp = functools.total_ordering
@tp
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(functools.partial(max, key=len)(["aa", "b"]))
print(functools.reduce(operator.add, [1], initial=10), functools.reduce(operator.add, "abc"))
for bad in (lambda: functools.reduce(operator.add, 3), lambda: functools.reduce(operator.add),
            lambda: functools.reduce(lambda a, b: a / b, [1, 0])):
    try:
        bad()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
