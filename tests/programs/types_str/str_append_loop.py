# Building strs with `s += t` and `s = s + t` in loops: every other name for the str keeps
# its old value, and the result's length, text, hash, ASCII-ness and indexing are right.

def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s


def build_plus(n, piece):
    s = "start:"
    for i in range(n):
        s = s + piece
    return s


def aliases():
    s = "ab"
    kept = []
    for i in range(80):
        kept.append(s)
        s += "c"
    print(len(s), [len(k) for k in kept[::10]], kept[3], kept[-1][-3:], s[-3:])
    t = s
    s += "!"
    print(t == s, t[-2:], s[-2:], len(t), len(s))
    s += s
    print(len(s), s[:4], s[160:165])


def mixed():
    s = ""
    for piece in ("a", "é", "b" * 70, "€", "😀", "z"):
        s += piece
        print(len(s), s.isascii(), repr(s[-2:]), s.find("é"), s[len(s) // 2] if s else "")
    for i in range(200):
        s += "λ" if i % 3 else "x"
    print(len(s), s[100], s[-1], s.count("λ"), s.index("😀"), s[72:76])


def surrogates():
    s = "x"
    for i in range(5):
        s += "\udc80"
        s += "y"
    print(repr(s), len(s))
    u = "\ud800"
    for i in range(3):
        u = u + "a"
    print(repr(u))


def hashing():
    d = {}
    s = ""
    for i in range(100):
        s += "k"
        d[s] = i
    total = 0
    for i in range(1, 101):
        total += d["k" * i]
    print(len(d), total, hash(s) == hash("k" * 100))
    key = "abc"
    seen = {key: 1}
    key += "d"
    print(seen, key, "abc" in seen, "abcd" in seen)


class S(str):
    pass


def subclasses():
    s = S("sub")
    for i in range(3):
        s += "x"
    print(type(s).__name__, s)
    t = "plain"
    for i in range(3):
        t += S("y")
    print(type(t).__name__, t)


def not_str():
    s = "a"
    try:
        s += 1
    except TypeError as e:
        print("TypeError", e)
    print(s)
    x = 1
    x += 2
    print(x)
    lst = ["a"]
    for i in range(3):
        lst += "b"
    print(lst)


def closure():
    s = ""

    def inner():
        nonlocal s
        for i in range(75):
            s += "n"
        return s
    return inner()


def gen():
    s = ""
    for i in range(5):
        s += str(i)
        yield s


G = ""
for i in range(75):
    G += "g"

print(len(build(10000, "abc")), build(100, "xyz")[-6:], build(3, ""), repr(build(0, "a")))
print(len(build_plus(500, "é")), build_plus(30, "é")[:8], build_plus(100, "ab").count("ab"))
aliases()
mixed()
surrogates()
hashing()
subclasses()
not_str()
print(len(closure()), list(gen()), len(G))
CONST = "const"
c = CONST
for i in range(3):
    c += "!"
print(CONST, c)
