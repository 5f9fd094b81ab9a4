# Arithmetic on two locals (`a + b`) and arithmetic stored straight into a local
# (`x = a * b`), which krait runs fused: ints at the 64-bit edges and beyond, floats, an int
# with a float, true division, strs, lists, instances whose operator methods run as frames
# (and return NotImplemented), unbound locals and errors at the right positions.
import traceback

def pairs(a, b):
    out = []
    for f in (lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b,
              lambda a, b: a // b, lambda a, b: a % b, lambda a, b: a & b, lambda a, b: a | b,
              lambda a, b: a ^ b, lambda a, b: a ** b if isinstance(b, int) and 0 <= b < 70 else None):
        try:
            r = f(a, b)
            out.append(repr(r))
        except Exception as e:
            out.append(type(e).__name__)
    return ' '.join(out)

big = 2**63 - 1
nums = [0, 3, -3, 7, big, -big - 1, 2**53, 2**53 + 1, -(2**53), 2**64, 0.5, -1.25, 0.0, float('inf'), float('nan'), True]
for a in nums:
    for b in (3, -3, 0, 2**53 + 1, 0.5, 0.0, big):
        print(repr(a), repr(b), pairs(a, b))

def store(a, b):
    x = a * b
    y = x - a
    z = y / b if b else None
    w = a // 2
    return x, y, z, w
print(store(6, 7), store(2.5, 4), store(big, 2), store(-7, 2), store(True, 3))
def cat(a, b):
    s = a + b
    return s, a * 2
print(cat('ab', 'c'), cat([1], [2]), cat((1,), ()))

class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return 'rmul'
    def __repr__(self): return f'V({self.v})'
def ops(p, q):
    n = 3
    s = p + q
    t = q + p
    u = n * p
    try:
        w = p * n
    except TypeError as e:
        w = str(e)
    return s, t, u, w
print(ops(V(1), V(2)), ops(V(1), 5))
try:
    ops(5, V(1))
except TypeError as e:
    print('TypeError', e)

def unbound_second(flag):
    if flag:
        b = 1
    a = 2
    return a + b
def unbound_first(flag):
    if flag:
        a = 1
    b = 2
    return a + b
def bad_store():
    x = 'a'
    y = x - 1
    return y
for f in (unbound_second, unbound_first, bad_store):
    try:
        f(False) if f is not bad_store else f()
    except Exception as e:
        print(type(e).__name__, e)
        print('\n'.join(traceback.format_exc().splitlines()[-3:]))

def loop(n):
    total = 0.0
    acc = 1
    for i in range(n):
        d = i * i
        total = total + d
        acc = acc * 3 % 1000003
        q = total / (i + 1)
    return total, acc, q
print(loop(1000))
