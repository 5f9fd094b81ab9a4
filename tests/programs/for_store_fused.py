# `for x in ...:` loops, which krait runs with the item stored straight into the loop
# variable: lists grown and shrunk while iterated, ranges, tuples, strs, dicts, sets,
# generators and iterator classes, break/else, the variable deleted or rebound in the body,
# nested loops, comprehensions, and errors raised by the iterator.
import traceback
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x == 2:
        l.append(9)
    if len(l) > 5:
        break
print(out, l)
s = [5, 6, 7, 8]
for y in s:
    s.remove(y)
print(s, y)
for i in range(3):
    pass
else:
    print('else', i)
for i in range(0):
    print('never')
else:
    print('empty else', i)
for ch in 'héllo':
    del ch
try:
    ch
except NameError as e:
    print('NameError', e)
d = {'a': 1, 'b': 2}
for k in d:
    v = d[k]
    k = k * 2
    print(k, v)
print(sorted(e for e in {3, 1, 2}))
def gen():
    yield 1
    yield 2
    return 3
for g in gen():
    print('gen', g)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n * 10
for t in It():
    print('it', t)
total = 0
for a in range(4):
    for b in (1, 2):
        total += a * b
print(total, a, b)
print([p * q for p in range(3) for q in (1, 10)])
class Bad:
    def __iter__(self): return self
    def __next__(self): raise ValueError('bad next')
def loop_bad():
    for z in Bad():
        pass
try:
    loop_bad()
except ValueError as e:
    print('ValueError', e)
    print('\n'.join(traceback.format_exc().splitlines()[-4:]))
for n, (u, w) in enumerate([(1, 2), (3, 4)]):
    print(n, u, w)
def early(seq):
    for item in seq:
        if item > 1:
            return item
print(early([0, 1, 5, 7]), early(iter([2])), early(x for x in [0, 3]))
