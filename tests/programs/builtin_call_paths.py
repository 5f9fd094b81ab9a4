# Built-in calls the interpreter takes by its fast paths: methods of built-in types called
# with the receiver in the self slot (one-argument methods refuse keywords, as CPython's
# METH_O), classes constructed straight from the call (value types, and classes with a
# built-in __new__ and object's __init__), enumerate and dict items refilling their pair
# only when nothing else holds it, str.join and str.find.

# One-argument methods: positional only.
lst = []
for call in (lambda: lst.append(object=1), lambda: lst.append(), lambda: lst.append(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
s = set()
for call in (lambda: s.add(object=1), lambda: s.remove(), lambda: s.discard(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
lst.append(3)
s.add(4)
s.discard(4)
print(lst, s)

# A method found on a subclass instance, and the descriptor called unbound.
class L(list):
    pass
sub = L()
sub.append(7)
list.append(sub, 8)
print(sub, type(sub).__name__)
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError:", e)

# Classes called from the call's slots.
print(int("12"), int("ff", 16), str(5), list((1, 2)), tuple([3]), dict(a=1), set([1]))
print(frozenset(), float("1.5"), bool(0), range(3), slice(2), complex(1, 2), bytes(2))
for call in (lambda: int(1, 2, 3), lambda: int("1", 2, base=3), lambda: enumerate(),
             lambda: enumerate([], 1, 2), lambda: enumerate([], start="x"),
             lambda: enumerate(x=1), lambda: enumerate([], iterable=[])):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(list(enumerate(iterable="ab", start=3)), list(enumerate("xy", True)))
print(list(zip([1, 2], "ab")), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(list(reversed([1, 2, 3])), type(reversed([1])).__name__)

class Meta(type):
    def __call__(cls, *args):
        return ("made by the metaclass", args)
class Z(zip, metaclass=Meta):
    pass
print(Z([1], [2]))

# enumerate and dict items: a pair still held is never refilled.
it = enumerate("abc")
first = next(it)
second = next(it)
print(first, second, first is second)
pairs = [p for p in enumerate([10, 20, 30])]
print(pairs)
d = {"x": 1, "y": 2, "z": 3}
kept = list(d.items())
print(kept, [k + str(v) for k, v in d.items()])
last = None
for last in enumerate(range(5)):
    pass
print(last)
held = []
for k, v in d.items():
    held.append((k, v))
items = iter(d.items())
a = next(items)
b = next(items)
print(held, a, b, a is b)

# zip of two iterables refills its pair the same way.
z = zip("ab", [1, 2])
za = next(z)
zb = next(z)
print(za, zb, za is zb)
print(list(zip([1, 2, 3], "xyz")), [p for p in zip(range(3), range(3, 6))])
total = 0
for x, y in zip(range(5), range(5)):
    total += x * y
print(total, list(zip([1], [2], [3])), list(zip()), list(zip([1, 2], [3])))
zlast = None
for zlast in zip("pq", "rs"):
    pass
print(zlast)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)

# str.join: one allocation, and one exact str is its own result.
word = "solo"
print("".join([word]) is word, ", ".join((word,)) is word)
print("-".join(["a", "b", "c"]), "".join([]), "ab".join(("1", "2", "3")))
class S(str):
    pass
joined = "".join([S("sub")])
print(joined, type(joined).__name__)
try:
    "".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)

# str.find and friends with one- and many-character needles.
text = "héllo wörld λx hello"
for needle in ["", "l", "ö", "lo", "hello", "λ", "zz", "o w"]:
    print(repr(needle), text.find(needle), text.rfind(needle), text.find(needle, 3),
          text.rfind(needle, 0, 8), text.find(needle, 25), text.index(needle) if needle in text else "-")
print("".find(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1, 2))
try:
    text.find(1)
except TypeError as e:
    print("TypeError:", e)
try:
    text.rindex("q")
except ValueError as e:
    print("ValueError:", e)
