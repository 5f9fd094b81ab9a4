import re

print(re.findall(r"hello", "Hello HELLO hello", re.I), re.findall(r"[a-c]+", "ABCabcXYZ", re.IGNORECASE))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"\w+$", "one\ntwo\nthree", re.MULTILINE), re.findall(r"^\w+", "one\ntwo"))
print(re.findall(r"a.b", "a\nb axb", re.S), re.findall(r"a.b", "a\nb axb"), re.findall(r"(?s)a.b", "a\nb"))
print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"), re.findall(r"\d", "٣4", re.ASCII), re.findall(r"\d", "٣4"))
print(re.findall(r"\s", "a\u00a0b c", re.A), len(re.findall(r"\s", "a\u00a0b\u2003c")))
v = re.compile(r"""
    ^(?P<user>[\w.]+)   # user name
    @                   # at sign
    (?P<host>[\w.]+)$   # host
""", re.VERBOSE)
print(v.match("john.doe@example.com").groupdict(), v.flags & re.X != 0)
print(re.match(r"(?x) a b  c # comment", "abc").group(), re.match(r"(?x)a\ b", "a b").group(), re.match(r"(?x)[ ]x", " x").group())
print(re.match(r"(?i:ab)c", "ABc").group(), re.match(r"(?i:ab)c", "ABC"), re.match(r"a(?-i:b)", "Ab", re.I).group(), re.match(r"a(?-i:b)", "AB", re.I))
print(re.compile("a", re.I | re.M), re.compile("a", re.S | re.X), re.compile(b"a", re.I), re.compile("a", re.A), re.compile("x"))
print(re.compile(r"(?i)x").flags == re.I | re.U, int(re.I), re.I | re.M, re.I | 0)
print(re.findall("ß", "SS ß ẞ", re.I), re.findall("k", "K k \u212a", re.I), re.findall(r"[k]", "\u212a", re.I), re.findall("σ", "Σσς", re.I))
print(re.match("İ", "i̇", re.I), re.findall(r"[Ω-Ω]", "ωΩ", re.I), re.findall("ǅ", "ǄǅǆDž", re.I))
print(re.findall(rb"[a-z]+", b"ABC def", re.I), re.findall(rb"\w+", b"caf\xe9 x"))
print(re.match(r"\w+", "ĀĂĄ", re.I | re.A), re.findall(r"(?a)\W", "é!"), re.findall(r"(?u)\w", "é"))
for bad, fl in [("a", re.A | re.L), (b"a", re.U), ("a", re.L)]:
    try:
        re.compile(bad, fl)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
print(re.search(r"$", "ab\n").span(), re.findall(r"$", "a\nb\n", re.M), re.search(r"\Z", "ab\n").span(), re.search(r"\A", "ab").span())
