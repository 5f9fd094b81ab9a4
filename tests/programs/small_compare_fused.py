# Comparisons with a small int constant that decide a jump (`if n < 2:`, `while i != 10:`),
# which krait runs fused for ints and floats: every comparison over ints at the edges,
# floats with NaN and infinities, bools, big ints, strs, None, instances with rich
# comparisons, and the errors with CPython's tracebacks.
import traceback
vals = [0, 1, 2, 3, -1, 255, 2**63 - 1, -2**63, 2**64, 1.5, 2.0, -0.0, float('nan'), float('inf'), True, False]
for v in vals:
    r = ''
    if v < 2: r += 'a'
    if v <= 2: r += 'b'
    if v == 2: r += 'c'
    if v != 0: r += 'd'
    if v > 1: r += 'e'
    if v >= 255: r += 'f'
    if not v < 3: r += 'g'
    while v == 1:
        r += 'h'
        break
    print(repr(v), r)
class C:
    def __lt__(self, o): return ('lt', o)
    def __eq__(self, o): return o == 5
    def __ne__(self, o): return []
print('C<' if C() < 2 else 'no', 'C==' if C() == 5 else 'no', 'C!=' if C() != 5 else 'empty')
for v in ('s', None, [1], (2,)):
    for f in (lambda v: 1 if v == 2 else 0, lambda v: 1 if v != 2 else 0, lambda v: 1 if v < 2 else 0):
        try:
            print(repr(v), f(v))
        except TypeError as e:
            print(repr(v), 'TypeError', e)
def where(x):
    if x > 3:
        return 'big'
    return 'small'
try:
    where('q')
except TypeError:
    print('\n'.join(traceback.format_exc().splitlines()[-3:]))
i = 0
n = 0
while i < 100:
    if i % 7 == 3:
        n += 1
    i += 1
print(i, n)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20), fib(1.0), fib(True), fib(2.5))
