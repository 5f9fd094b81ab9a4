# Tuples of every small length and just past it: building, unpacking, equality, hashing,
# slicing, concatenation, iteration helpers, and the order their items are released in.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def __repr__(self):
        return self.name

for n in range(9):
    t = tuple(range(n))
    g = tuple(x for x in range(n))
    m = tuple(map(str, range(n)))
    print(n, t, t == g, len(m), hash(t) == hash(g), t[1:], t[::-1], t + (n,), t * 2 if n < 3 else n)
    print(repr(tuple(m[:n])), t.count(1), (n in t), (n - 1 in t))

a, b, c, d, e = (1, 2, 3, 4, 5)
print(a + b + c + d + e)
a, *rest = (1, 2, 3, 4, 5, 6, 7)
print(a, rest)
first, second = divmod(17, 5)
print(first, second)
for i, (x, y) in enumerate(zip("abcdef", range(6))):
    print(i, x, y, end="; ")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
print(list(zip()), list(zip([1, 2])), list(zip([1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12])))
print(list(enumerate("ab", start=10)))
it = enumerate(iter([]))
print(list(it), list(it))

def pair(v):
    return v, -v
print([pair(i) for i in range(4)])
print(sorted({(2, "b"), (1, "a"), (2, "a")}))
d = {(1, 2): "p", (1, 2, 3, 4, 5, 6): "q"}
print(d[(1, 2)], d[tuple(range(1, 7))])

t = (Noisy("a"), Noisy("b"), Noisy("c"))
del t
print("--")
t = tuple(Noisy(str(i)) for i in range(7))
del t
print("--")
print(tuple([1, 2, 3, 4, 5, 6]) == (1, 2, 3, 4, 5, 6), (1, 2) < (1, 2, 0), (1, 2, 3, 4, 5) > (1, 2, 3, 4, 4, 9))
print(((),), ((1,),), tuple("hello"), tuple({1: 2, 3: 4}))
