# list.append through every call shape: the method form on exact lists, subclasses that
# override or inherit it, the unbound descriptor, wrong arities and keywords, appends
# during iteration and sorting, and a list appended to itself.
l = []
for i in range(5):
    l.append(i)
l.append(l)
print(l)

class L(list):
    pass

class M(list):
    def append(self, x):
        super().append(x * 10)

a, b = L(), M()
for i in range(3):
    a.append(i)
    b.append(i)
print(a, b, type(a).__name__)

list.append(a, "u")
f = a.append
f("bound")
print(a)

for args in [(), (1, 2)]:
    try:
        l.append(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    l.append(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append()
except TypeError as e:
    print("TypeError:", e)

grow = [1]
for x in grow:
    if x < 6:
        grow.append(x + 1)
print(grow)

s = [3, 1, 2]
def key(v):
    s.append(v)
    return v
try:
    s.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(s)

t = (1, 2)
try:
    t.append(3)
except AttributeError as e:
    print("AttributeError:", e)

r = [[] for _ in range(3)]
for i in range(9):
    r[i % 3].append(i)
print(r, [len(x) for x in r])
