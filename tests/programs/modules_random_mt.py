import _random
r = _random.Random(42)
print(r.random(), r.random(), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100), r.getrandbits(0))
for seed in [0, 1, -1, 2**32, 2**32 - 1, 12345678901234567890, -(2**100) - 7, True]:
    r.seed(seed)
    print(seed, r.random(), r.getrandbits(64))
st = r.getstate()
print(type(st).__name__, len(st), st[-1], st[0], st[623])
a = [r.random() for _ in range(5)]
r.setstate(st)
b = [r.random() for _ in range(5)]
print(a == b, a)
r2 = _random.Random()
r2.setstate(st)
print(r2.random() == a[0])
for i in range(700):
    r.random()
print(r.getstate()[-1], r.random())
class R(_random.Random):
    def __init__(self, x):
        super().__init__()
        self.seed(x)
        self.extra = 'yes'
q = R(7)
print(q.random(), q.extra, isinstance(q, _random.Random), type(q).__name__)
print(_random.Random(5).random() == _random.Random(5).random())
for bad in [lambda: r.getrandbits(-1), lambda: r.setstate((1, 2)), lambda: r.setstate([1] * 625), lambda: r.setstate(tuple([0] * 624 + [625])), lambda: _random.Random(1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(_random.Random), _random.Random.__name__)
r.seed(3.5)
x = r.random()
r.seed(hash(3.5))
print(x == r.random())
