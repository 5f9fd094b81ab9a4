import re
m = re.search(r"(\d+)-(\d+)", "call 555-1234 now")
print(m.group(), m.group(1), m.groups(), m.span(), m.start(2), m.end(), m[2], repr(m)[:40])
print(re.match(r"\w+", "hello world").group(), re.match(r"x", "abc"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2"), re.findall(r"x*", "axb"))
print([m.group() for m in re.finditer(r"[aeiou]", "education")], re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(,)", "a,b"))
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host"), re.subn("a", "A", "banana"), re.sub("a", "A", "banana", count=2))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"), re.escape("a.b*c?"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"))
p = re.compile(r"(?P<key>\w+)=(?P<val>[^;]*)", re.I)
print(p.pattern, p.flags & re.I != 0, p.groupindex, [m.groupdict() for m in p.finditer("a=1;b=two;c=")])
print(re.search(r"^b", "a\nb", re.M).group(), re.search(r"a.b", "a\nb", re.S).group(), re.findall(r"(?i)HELLO", "hello Hello"))
print(re.match(r"(a)?b", "b").groups(), re.match(r"(a)?b", "b").groups("none"), re.match(r"(a)|(b)", "b").lastindex)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(r"*bad")
except re.error as e:
    print("re.error:", e, e.pos)
try:
    m.group(5)
except IndexError as e:
    print("IndexError:", e)
print(re.split(r"\b", "hi there"), re.findall(r"\bcat\b", "cat catalog bobcat cat"), re.sub(r"^", "> ", "a\nb", flags=re.M))
