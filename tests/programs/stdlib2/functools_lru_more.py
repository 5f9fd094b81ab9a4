# functools.lru_cache / cache: eviction order, typed keys, keywords, methods, errors.
import copy
import functools

calls = []

@functools.lru_cache(maxsize=3)
def sq(x, *, scale=1):
    calls.append(x)
    return x * x * scale

for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(v)
print(calls, sq.cache_info())
print(sq(2, scale=10), sq(2, scale=10), sq(scale=10, x=2) if False else "-", sq.cache_info().hits)
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__(3))

@functools.lru_cache(typed=True)
def ident(x):
    calls.append(("ident", x))
    return x

calls.clear()
print(ident(1), ident(1.0), ident(True), ident(1), len(calls), ident.cache_info())

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x + 1

print(nocache(1), nocache(1), nocache.cache_info())
neg = functools.lru_cache(maxsize=-5)(lambda x: x)
print(neg(1), neg.cache_info().maxsize)

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90), fib.cache_info())

class Thing:
    def __init__(self, k):
        self.k = k

    @functools.lru_cache(maxsize=None)
    def double(self, n):
        return self.k * n * 2

t = Thing(3)
print(t.double(2), t.double(2), Thing.double.cache_info(), Thing.double(t, 5))
print(copy.copy(sq) is sq, copy.deepcopy(fib) is fib)

@functools.lru_cache
def bare(a, b=2):
    return a + b

print(bare(1), bare(1, 2), bare(1, b=2), bare.cache_info())
for bad in (lambda: sq([1]), lambda: functools.lru_cache(maxsize="x"), lambda: bare()):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
