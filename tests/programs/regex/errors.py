import re

bad = [
    "(", ")", "(abc", "a)", "[", "[a-", "[b-a]", "*", "a**", "a{2,1}", "x{3", "(?P<n>", "(?<n>x)",
    "\\", "a\\", r"\k", r"\1", r"(?", r"(?z)", r"(?#x", r"[\d-z]", r"\x1", r"\u12",
    r"\U110000000", r"(?i", r"(?-i)", r"(?a-i:x)", r"(?ia)x", "(?i)(?L)x", "a|*", r"(?<=a*)",
    "x" * 10 + "(", "a\n(b", "abc\ndef)",
]
for p in bad:
    try:
        re.compile(p)
        print("ok", repr(p))
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile(b"\\u1234")
except re.error as e:
    print("bytes:", e)
try:
    re.compile("(?P<a>x)(?P<a>y)")
except re.error as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, re.PatternError), e.pattern)
for args in [(1, "a"), ("a", 1), ("a", None), (re.compile("a"), b"a")]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.compile("a").match()
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile("a").match("a", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile("a").match("a", pos=1, bogus=2)
except TypeError as e:
    print("TypeError:", e)
print(re.compile("a").match("ba", 1), re.compile("a").search("aaa", 5), re.compile("a").search("aaa", -5, 1), re.compile("").match("abc", 5))
