from _collections import deque, defaultdict, _count_elements
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([7, 8]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(); print(d)
d.reverse(); print(d, d.count(1), d.index(2))
d.insert(1, 'X'); d.remove('a'); print(d)
d[0] = 'first'; del d[1]; print(d, list(d), list(reversed(d)))
m = deque(range(10), maxlen=3); print(m, m.maxlen, deque().maxlen)
m.append(10); m.appendleft(-1); print(m)
m.extend(range(5)); print(m)
print(deque('abc') == deque('abc'), deque([1]) == [1], deque([1, 2]) < deque([1, 3]), deque() != deque([0]))
e = deque([1, 2]) + deque([3]); print(e, e * 2, 2 * e)
e += [9]; print(e, e.copy(), bool(deque()), bool(e))
e.clear(); print(e, len(e))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2), lambda: deque([1]).index(3),
            lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1), lambda: deque([1])['a']]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)
class MyDeque(deque):
    def total(self):
        return sum(self)
q = MyDeque([1, 2, 3])
print(q, q.total(), isinstance(q, deque), type(q).__name__, q.maxlen)
print(deque([[1], 'x', None], 5), deque(maxlen=0))
z = deque(maxlen=0); z.append(1); print(z)
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], len(dd), 'c' in dd, dd.get('c'), dd.default_factory)
ci = defaultdict(int)
for ch in 'mississippi':
    ci[ch] += 1
print(sorted(ci.items()), isinstance(ci, dict), type(ci).__name__)
n = defaultdict()
print(n)
try:
    n['x']
except KeyError as ex:
    print('KeyError', ex)
print(defaultdict(None, {'a': 1}), defaultdict(int, a=2), defaultdict(lambda: 'z')['q'])
c = ci.copy(); c['new'] += 5; print(c['new'], 'new' in ci, type(c).__name__)
try:
    defaultdict(5)
except TypeError as ex:
    print(ex)
counts = {}
_count_elements(counts, 'abracadabra')
print(counts)
class Dd(defaultdict):
    def __missing__(self, key):
        return key * 2
dx = Dd(int); print(dx[3], dx, len(dx))
