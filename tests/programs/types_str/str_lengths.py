# strs of every length around the size krait keeps inside the object (70 bytes of UTF-8):
# made by concatenation, slicing, case mapping, split, strip, join, f-strings, repeat and
# format, compared, hashed as dict keys, ordered, and measured.

def show(tag, s):
    print(tag, len(s), len(s.encode()), repr(s[:3]), repr(s[-3:]), hash(s) == hash(s[:] + ""), s.isascii())

base = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ!?-_=+*/.,;"
for n in (0, 1, 15, 16, 17, 35, 68, 69, 70, 71, 72, 100):
    s = base[:n] if n <= len(base) else base * 2
    s = s[:n]
    show("slice", s)
    show("concat", s[: n // 2] + s[n // 2 :])
    show("upper", s.upper())
    show("lower", s.lower())
    show("fstr", f"{s}")
    show("fstr2", f"<{s}>")
    show("join", "".join([s[: n // 3], s[n // 3 :]]))
    show("mult", ("x" * n))
    print(s == s[: n // 2] + s[n // 2 :], s < s + "a", (s + "a") > s)

# Non-ASCII text around the limit: 2-, 3- and 4-byte characters straddling 70 bytes.
for ch in ("é", "€", "😀"):
    for k in range(15, 40):
        s = "a" * (70 - k * len(ch.encode()) + 1) + ch * k
        t = s[1:]
        show("wide", t)
        print(t.upper() == t.upper()[:], t.lower()[-1] == ch.lower(), len(t.split(ch)))

# Dict keys of every length: the same text made two ways finds the same entry.
d = {}
for n in range(0, 90):
    d["k" * n] = n
total = 0
for n in range(0, 90):
    total += d["".join(["k"] * n)]
print("dict", len(d), total, sorted(d)[:3], max(d, key=len) == "k" * 89)

# str.split without arguments on ASCII whitespace of every kind, and maxsplit.
ws = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "
text = ws.join(["alpha", "beta", "", "gamma" * 20, "delta"]) + ws
print(text.split())
print(text.split(None, 1))
print(text.split(maxsplit=2))
print(text.split(maxsplit=0))
print(text.rsplit(maxsplit=1))
print(" a\x85b\xa0c\u2028d ".split())
print("\x1c\x1f".split(), "".split(), "   ".split(), "x".split(None, 0), " x ".split(None, 0))
print("a\x00b\x7fc\x1bd".split())

# Case mappings of ASCII strs hold only ASCII; mixed strs go through the full tables.
print("Straße".upper(), "ǅ".lower(), "İ".lower().encode(), "MiXeD 123 ~`".swapcase())
for s in ("hello world" * 7, "HELLO" * 14 + "!", "x" * 70, "Y" * 71):
    print(len(s.upper()), s.lower() == s.lower().lower(), s.upper().isupper(), s.lower().islower())

# Building a long str piece by piece.
acc = ""
for i in range(80):
    acc += str(i % 10)
    if len(acc) in (69, 70, 71, 72):
        print(len(acc), acc[-5:], hash(acc) == hash(str(acc)))
acc2 = acc
acc += "end"
print(acc2 == acc[:-3], len(acc), acc.endswith("9end"), acc[-8:])
