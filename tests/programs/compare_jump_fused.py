# A comparison followed by a conditional jump (`if a < b:`, `while i < n:`), which krait runs
# as one fused step for ints, floats and strs and as the two instructions otherwise: mixed
# types, NaN, big ints, str subclasses, rich comparisons returning non-bools, errors raised
# by the comparison or by the truth of its result, with CPython's tracebacks.
import traceback
nan = float('nan')
vals = [0, 1, -1, 2**63, -2**63, 2**100, 0.5, -0.0, nan, float('inf'), True, 'a', 'b', 'ab', '', 'é', None, (1, 2), [1]]
for x in vals:
    row = []
    for y in vals:
        r = ''
        for op in range(6):
            try:
                if op == 0:
                    if x < y: r += 'T'
                    else: r += 'f'
                elif op == 1:
                    if not x <= y: r += 'T'
                    else: r += 'f'
                elif op == 2:
                    r += 'T' if x == y else 'f'
                elif op == 3:
                    if x != y: r += 'T'
                    else: r += 'f'
                elif op == 4:
                    if x > y: r += 'T'
                    else: r += 'f'
                else:
                    while x >= y:
                        r += 'T'
                        break
                    else:
                        r += 'f'
            except TypeError:
                r += 'E'
        row.append(r)
    print(repr(x), ' '.join(row))

class S(str):
    def __lt__(self, o): return 'yes'
class Weird:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v
    def __gt__(self, o): raise ValueError('no gt')
class BadBool:
    def __bool__(self): raise RuntimeError('no bool')
print('S' if S('z') < 'a' else 'not')
for v in (0, 1, [], [0], '', 'x', None):
    print('W', 'yes' if Weird(v) < 1 else 'no')
def f1():
    if Weird(BadBool()) < 1:
        return 1
    return 0
def f2():
    if Weird(1) > 1:
        return 1
def f3(n):
    i = 0
    while i < n:
        i += 1
    return i
print(f3(10), f3(0), f3(-5), f3(2.5))
for f in (f1, f2):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
        print('\n'.join(traceback.format_exc().splitlines()[-3:]))
i, total = 0, 0
while i < 1000:
    if i % 3 == 0 or i > 990:
        total += i
    i += 1
print(total)
