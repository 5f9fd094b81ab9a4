# An operation with a small int constant on the right (`x + 1`, `n % 2`, `t[0]`), which krait
# runs fused with the constant's load: every operator over ints at the 64-bit edges, floats,
# lists, tuples, strs, dicts, instances and errors, checked against CPython.
import sys
big = 2**63 - 1
vals = [0, 1, -1, 7, -7, 255, -256, big, -big - 1, big - 1, 2**62, -(2**62), 2**70, 1.5, -2.25, 1e308, float('inf'), True, False]
for x in vals:
    r = []
    for f in (lambda v: v + 1, lambda v: v - 1, lambda v: v * 3, lambda v: v * 255, lambda v: v % 3,
              lambda v: v // 3, lambda v: v & 6, lambda v: v | 6, lambda v: v ^ 6, lambda v: v >> 2,
              lambda v: v >> 200, lambda v: v << 3, lambda v: v << 62, lambda v: v << 100, lambda v: v / 3,
              lambda v: v / 1, lambda v: v % 1, lambda v: v // 0, lambda v: v % 0, lambda v: v / 0, lambda v: v ** 2, lambda v: v - 0):
        try:
            r.append(repr(f(x)))
        except Exception as e:
            r.append(type(e).__name__)
    print(repr(x), ' '.join(r))
y = 5
y += 1; y -= 2; y *= 3; y //= 2; y %= 4; y <<= 2; y >>= 1; y |= 1; y &= 7; y ^= 2
print(y)
l = [10, 20, 30]
t = (1, 'a', None)
print(l[0], l[2], t[1], t[2], "abc"[1], {0: 'z'}[0], b"xy"[1], range(5)[3])
nothing, three = None, 3
for bad in (lambda: l[3], lambda: t[5], lambda: "ab"[9], lambda: {1: 2}[0], lambda: nothing[0], lambda: three[0]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class N:
    def __add__(self, o): return ('add', o)
    def __radd__(self, o): return ('radd', o)
    def __getitem__(self, i): return ('item', i)
    def __mod__(self, o): return NotImplemented
n = N()
print(n + 1, n[0], 1 + n)
try:
    n % 2
except TypeError as e:
    print(e)
class I(int): pass
print(I(5) + 1, type(I(5) + 1).__name__, I(5) % 3)
def tb():
    x = None
    return x + 1
try:
    tb()
except TypeError:
    import traceback
    print(traceback.format_exc().splitlines()[-3:])
