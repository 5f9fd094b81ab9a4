from functools import reduce, partial, wraps, total_ordering, lru_cache
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 8), 1), reduce(lambda acc, ch: acc * 10 + int(ch), "1234", 0))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2]), reduce(operator.or_, [{1}, {2}, {3}]))
basetwo = partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to int."
print(basetwo("10010"), basetwo.__doc__)
pp = partial(partial(print, "a"), "b", sep="-")
pp("c")
print(pp.args, pp.keywords)
@lru_cache(maxsize=2)
def sq(x):
    print("miss", x)
    return x * x
for v in (1, 2, 1, 3, 1, 2):
    sq(v)
print(sq.cache_info())
@total_ordering
class Money:
    def __init__(self, c): self.c = c
    def __eq__(self, o): return self.c == o.c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f"${self.c}"
print(sorted([Money(3), Money(1)]), Money(1) <= Money(1), Money(2) >= Money(3), Money(5) > Money(4))
def deco(f):
    @wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def documented(a: int) -> int:
    "Doc here."
    return a
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__(3))
