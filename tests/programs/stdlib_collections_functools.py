from collections import namedtuple, Counter, OrderedDict, deque, defaultdict, ChainMap
import functools
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x + p.y, p._replace(x=5), P._fields, p._asdict())
c = Counter("abracadabra")
print(sorted(c.items()), c.most_common(2))
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(list(od))
d = defaultdict(list); d["k"].append(1); print(dict(d))
print(deque([1, 2, 3], maxlen=2))
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
add5 = functools.partial(lambda a, b: a + b, 5); print(add5(3))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(): "doc"; return 1
print(hello.__name__, hello.__doc__)
print(ChainMap({"a": 1}, {"b": 2})["b"])
