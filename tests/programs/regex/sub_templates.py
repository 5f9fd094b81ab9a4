import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good bye"))
print(re.sub(r"(?P<a>\d)", r"[\g<a>|\g<1>|\g<0>]", "a1b2"), re.sub(r"x", r"\n\t\\", "axb"), repr(re.sub("x", "\\n", "x")))
print(re.subn(r"\d+", lambda m: str(int(m.group()) ** 2), "1 2 3 10"), re.sub(r"a", lambda m: "", "banana"))
print(re.sub(r"", "-", "abc"), re.sub(r"x*", "-", "abxd"), re.subn(r"b*", "X", "abbc"), re.sub(r"(?=b)", "^", "abab"))
print(re.sub(r"\s+", " ", "  lots   of   space  ", count=2), re.sub(r"a", "b", "aaaa", count=3), re.sub("q", "z", "none"))
print(re.compile(r"(\d)").sub(r"<\1>", "a1b22"), re.compile(r"(\d)").subn(r"\1\1", "12"))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub(r"(a)?b", r"(\1)", "b ab"))
print(re.sub(rb"o", b"0", b"foo boo"), re.sub(rb"(\w)", rb"\1\1", b"ab"), re.sub(rb"x", lambda m: b"y", b"xx"))
def rep(m):
    return {"cat": "dog", "dog": "cat"}.get(m.group(), m.group())
print(re.sub(r"\w+", rep, "cat chases dog and bird"))
print(re.sub(r"(\d+)", lambda m: None or "N", "a1b22"), re.sub("a", r"\g<0>\g<0>", "aba"))
for bad in [r"\x41", r"\3", r"\g<x>", r"\g<1", r"\g<-1>", "\\", r"\g<>"]:
    try:
        re.sub(r"(a)(b)", bad, "ab")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", "b", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub(b"a", "b", b"a")
except TypeError as e:
    print("TypeError:", e)
m = re.search(r"(?P<k>\w+)=(?P<v>\w+)", "key=val")
print(m.expand(r"\g<v>:\g<k>"), m.expand(r"\1-\2"), m.expand("plain"))
print(re.sub(r"(?m)^", "> ", "a\nb\n"), re.sub(r"$", "!", "a\nb\n"), re.sub("(?m)$", "!", "a\nb"))
