# Shortcuts for common operand types (COMPARE_OP on strs, str indexing, slicing with int or
# None bounds) give the general path's results, identities and errors.

words = ["", "a", "ab", "abc", "b", "é", "\u00e9t\u00e9", "\U0001f600", "\ud800", "\udfff", "a\ud800"]
for x in words:
    row = []
    for y in words:
        row.append("".join("1" if r else "0" for r in (x < y, x <= y, x == y, x != y, x > y, x >= y)))
    print(ascii(x), " ".join(row))

s = "abc"
t = "".join(["a", "b", "c"])
print(s == t, s is t, s != t, s < t, s >= t)


class S(str):
    def __eq__(self, other):
        return "S.__eq__"

    def __lt__(self, other):
        return "S.__lt__"


print("abc" == S("abc"), S("abc") == "abc", "abc" < S("abd"), S("x") < "y", "x" > S("y"))
print(("abc" == 1), ("abc" != None), "a" == b"a")
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)

text = "hello, world"
for i in (0, 1, 11, -1, -12, 12, -13, 2**30, -(2**30)):
    try:
        print(i, repr(text[i]))
    except IndexError as e:
        print(i, "IndexError", e)
print(text[True], text[False])
u = "h\u00e9llo\U0001f600"
print(ascii(u[1]), ascii(u[-1]), ascii(u[5]))
h, e = "h", "e"
print(text[0] is h, text[0] is text[0])

bounds = [None, 0, 1, 3, -1, -3, 5, 11, 12, 100, -100, 2**70, -(2**70), True, False]
for seq in ("hello world", "h\u00e9llo w\u00f6rld", [1, 2, 3, 4, 5], (1, 2, 3, 4, 5), b"hello", range(5)):
    out = []
    for a in bounds:
        for b in bounds:
            out.append(repr(seq[a:b]))
    print(type(seq).__name__, len(out), hash(tuple(out)) if False else " ".join(out[:40]))
    print(" ".join(out[40:120]))
    print(" ".join(out[120:]))

s = "hello"
lo, hi, neg = 0, 5, -5
print(s[lo:hi] is s, s[:] is s, s[None:None] is s, s[neg:] is s, s[0:100] is s, s[1:] is s)
print(s[1:2] is e, s[lo:1] is s[0])
tp = (1, 2, 3)
print(tp[lo:3] is tp, tp[:] is tp, tp[0:2] is tp, tp[0:2])
ls = [1, 2, 3]
print(ls[lo:3] is ls, ls[:] == ls, ls[:] is ls)


class T(tuple):
    pass


class L(list):
    def __getitem__(self, k):
        return ("L.__getitem__", k)


class U(str):
    pass


tt = T((1, 2, 3))
print(type(tt[lo:3]).__name__, tt[lo:3] is tt, L([1, 2])[lo:1], type(U("abc")[lo:3]).__name__, U("abc")[lo:3] is U)


class Idx:
    def __index__(self):
        return 2


print(text[Idx():], text[:Idx()], [1, 2, 3][Idx():], text[Idx()])
for bad in ("1", 1.0, [1]):
    try:
        text[bad:]
    except TypeError as e:
        print("TypeError", e)
    try:
        text[:bad]
    except TypeError as e:
        print("TypeError", e)
    try:
        (1, 2)[bad:]
    except TypeError as e:
        print("TypeError", e)
lit = "constant slice"
print(lit[2:8], lit[-5:], lit[:-5], lit[::2], lit[8:2], lit[1:-1:3])
print([0, 1, 2, 3][1:3], (0, 1, 2, 3)[-2:])

# Constants: a one-character ASCII str is the shared one; an identifier-like str is interned.
for src in ['x = "1abc"', 'x = ""', 'x = "a-b"', 'x = "_"', 'x = "abc"', 'x = "\u00e9\u00e9"', 'x = ("abc_q", 1)', 'x = "q"']:
    ns1, ns2 = {}, {}
    exec(compile(src, "a", "exec"), ns1)
    exec(compile(src, "b", "exec"), ns2)
    x1, x2 = ns1["x"], ns2["x"]
    print(src, x1 is x2, x1[:1] is x2[:1], x1[0:1] is x2[0:1])

# len() and isinstance() answered by CALL itself; float comparisons.
class M(type):
    def __instancecheck__(cls, obj):
        return "yes"
class A(metaclass=M): pass
class B: pass
class C(B): pass
print(isinstance(1, A), isinstance(C(), B), isinstance(B(), C), isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)))
print(len([1, 2]), len("héllo"), len({1: 2}), len(range(10**20 // 10**19)))
class L:
    def __len__(self): return 3
class Bad:
    def __len__(self): return -1
print(len(L()))
for args in [(), (1, 2), (5,)]:
    try: print(len(*args))
    except TypeError as e: print("TypeError", e)
try: len(Bad())
except ValueError as e: print("ValueError", e)
try: isinstance(1, 2)
except TypeError as e: print("TypeError", e)
try: isinstance(1)
except TypeError as e: print("TypeError", e)
try: len(x=1)
except TypeError as e: print("TypeError", e)
import abc
class Abs(abc.ABC): pass
Abs.register(int)
print(isinstance(3, Abs), isinstance("s", Abs))
len2 = len
print(len2("abc"), [len(s) for s in ("", "a", "ab")])
print(1.5 < 2.5, 2.5 <= 2.5, float("nan") == float("nan"), float("nan") != float("nan"), 3.0 > float("inf"), -0.0 == 0.0, 1.0 >= float("nan"))

# Dict subscripts answered in place, and their fallbacks.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): print("eq called"); return isinstance(o, K) and o.v == self.v
d = {"a": 1, 2: "two", (1, 2): "t", 2.5: "f", None: "n", True: "b"}
print(d["a"], d[2], d[(1, 2)], d[2.5], d[None], d[1], d[True])
for k in ["b", 3, (1, 3), [1]]:
    try: d[k]
    except KeyError as e: print("KeyError", e)
    except TypeError as e: print("TypeError", e)
class S(str): pass
d2 = {"x": 1}
print(d2[S("x")], S("x") in d2)
class D(dict):
    def __missing__(self, k): return "missing " + repr(k)
dd = D(a=1)
print(dd["a"], dd["zz"])
words = "the cat the dog a cat".split()
c = {}
for w in words: c[w] = c.get(w, 0) + 1
print(sorted(c.items()))
