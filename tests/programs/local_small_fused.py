# A local with a small int (`n - 1`) and an operation with a local on the right
# (`(a + 1) * b`), which krait runs fused: values of every kind, unbound locals and errors
# reported at the right instruction.
import traceback

def small(v):
    return v - 1, v % 7, v * 2, v // 3, v << 2, v >> 1, v / 4, v & 3, v ^ 5, v | 8

def right(a, b):
    return (a + 1) * b, (a - 1) / b, (a * 2) - b, (a or 1) % b

for v in (0, 10, -10, 2**62, -2**63, 2**64, 2.5, -0.5, True):
    try:
        print(repr(v), small(v))
    except Exception as e:
        print(repr(v), type(e).__name__, e)
for a, b in ((3, 4), (2.5, 2), (10, 0.5), (2**62, 4), ('x', 3), ([1], 2), (5, 0)):
    try:
        print(repr(a), repr(b), right(a, b))
    except Exception as e:
        print(repr(a), repr(b), type(e).__name__, e)

def unbound_small(flag):
    if flag:
        n = 1
    return n - 1
def unbound_right(flag):
    a = 2
    if flag:
        b = 1
    return (a + 1) * b
def bad_small():
    s = 'str'
    return s - 1
def bad_right():
    a, b = 1, 'x'
    return (a + 1) - b
for f in (unbound_small, unbound_right, bad_small, bad_right):
    try:
        f(False) if f.__code__.co_argcount else f()
    except Exception as e:
        print(type(e).__name__, e)
        print('\n'.join(traceback.format_exc().splitlines()[-3:]))

class M:
    def __sub__(self, k): return ('sub', k)
    def __rmul__(self, o): return ('rmul', o)
def use(m):
    return m - 1, 3 * m
print(use(M()))

