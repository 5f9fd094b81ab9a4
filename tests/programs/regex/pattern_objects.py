import re, copy

p = re.compile(r"(\w+)-(\d+)", re.I)
q = re.compile(r"(\w+)-(\d+)", re.I)
print(p == q, p != q, p == re.compile(r"(\w+)-(\d+)"), hash(p) == hash(q), p.pattern, p.flags, p.groups, p.groupindex)
print(repr(p), repr(re.compile("x" * 300))[-12:], repr(re.compile(b"a\\d", re.M)), repr(re.compile("a", re.I | re.S | re.X | re.DEBUG & 0)))
print(copy.copy(p) is p, copy.deepcopy(p) is p, type(p).__name__, type(p).__module__, type(p.match("a-1")).__name__)
print(isinstance(p, re.Pattern), isinstance(p.match("a-1"), re.Match), re.Pattern, re.Match)
m = p.match("ab-12")
print(copy.copy(m) is m, m.re is p, m.string, len({p, q}))
try:
    re.Pattern()
except TypeError as e:
    print("TypeError:", e)
try:
    re.Match()
except TypeError as e:
    print("TypeError:", e)
print(re.compile(p) is p, re.compile("a") is re.compile("a"), re.escape("a.b|c*d(e)f[g]h{i}j^k$l\\m n\to"), re.escape(b"a.b"))
print(re.compile(r"\d+").match("123abc", 1, 3), re.compile(r"\d+").search("a12b", pos=2), re.compile(r"\w").findall("abc", endpos=2))
print(re.purge(), re.template if hasattr(re, "template") else "no template", re.compile("(a)(b)?").match("a").regs)
d = {p: 1}
print(d[q], re.Pattern[str], re.Match[bytes])
print(re.compile("a").sub("b", "aaa", count=1), re.compile("a").split("bab", maxsplit=1), re.compile(r"\s").subn("_", "a b c"))
