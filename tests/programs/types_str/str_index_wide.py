# Indexing, slicing and searching long strs that are not ASCII: characters of 1 to 4 UTF-8
# bytes (and lone surrogates) at every position, each result checked against the same
# operation on the list of the str's characters.

def texts():
    yield "héllo wörld " * 40
    yield "".join(chr(0x61 + i % 26) if i % 7 else "λ" for i in range(500))
    yield "€" * 33 + "a" * 64 + "😀" * 31 + "b"
    yield "a" * 100 + "é"
    yield "é" + "a" * 100
    yield "x\udc80y" * 40
    yield "\U0001F600" * 70 + "end"


def check(s):
    chars = list(s)
    n = len(s)
    assert n == len(chars)
    bad = 0
    for i in range(-n, n):
        if s[i] != chars[i]:
            bad += 1
    for i in range(0, n + 3, 5):
        for j in range(i - 2, n + 3, 11):
            if s[i:j] != "".join(chars[i:j]):
                bad += 1
            if s[-i:j] != "".join(chars[-i:j]):
                bad += 1
    for step in (2, 3, -1, -7):
        if s[1::step] != "".join(chars[1::step]):
            bad += 1
    for sub in ("é", "ö", "λ", "€", "😀", "a", "wö", "b", "\udc80y", "zz"):
        pos = []
        start = 0
        while True:
            k = s.find(sub, start)
            if k < 0:
                break
            pos.append(k)
            start = k + 1
        want = [i for i in range(n) if "".join(chars[i:i + len(sub)]) == sub]
        if pos != want:
            bad += 1
        if s.rfind(sub) != (want[-1] if want else -1):
            bad += 1
        if s.count(sub, 3, n - 3) != len([i for i in want if 3 <= i and i + len(sub) <= n - 3]):
            bad += 1
        for k in want[:5]:
            if not s.startswith(sub, k) or s.find(sub, k, k + len(sub)) != k:
                bad += 1
            if s.index(sub, k) != k or s.rindex(sub, 0, k + len(sub)) != k:
                bad += 1
    print(n, len(s.encode("utf-8", "surrogatepass")), bad, repr(s[n // 2 : n // 2 + 4]), s.find(s[-3:]), s.rfind(s[:2]))


for t in texts():
    check(t)

s = "ab€" * 1000
print(s[2999], s[-1], s[1500:1506], s.find("€", 2000), s.index("a", 2990), s.count("€", 10, 20))
try:
    s[3000]
except IndexError as e:
    print("IndexError", e)
print(s[10**6:], s[-10**6:3], len(s[::-1]), s.endswith("b€", 0, 3), s.endswith("b€", 0, 2))
big = "ä" * 100000
print(len(big), big[99999], big[50000:50003], big.find("ä", 99999), big.find("ä", 100000))
