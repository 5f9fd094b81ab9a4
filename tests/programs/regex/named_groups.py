import re

p = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?")
m = p.match("2024-05")
print(m.groupdict(), m.groupdict("??"), m["year"], m.group("month"), m.start("month"), m.span("day"))
print(p.groupindex, p.groups, sorted(p.groupindex.items()))
print(p.sub(r"\g<day>/\g<month>/\g<year>", "2024-05-17 and 1999-12"))
print([mm.lastgroup for mm in re.finditer(r"(?P<num>\d+)|(?P<word>[a-z]+)|(?P<op>[-+*/])", "x+12*y")])
m = re.match(r"(?P<a>x)(?P=a)(?P<b>y)?", "xx")
print(m.groups(), m.groupdict(), m.lastgroup)
try:
    m.group("zzz")
except IndexError as e:
    print("IndexError:", e)
for bad in [r"(?P<1a>x)", r"(?P<a>x)(?P<a>y)", r"(?P=missing)", r"(?P<a>x", r"(?P<>x)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", e, "| pos", e.pos)
tokens = re.compile(r"\s*(?:(?P<NUM>\d+\.?\d*)|(?P<ID>[A-Za-z_]\w*)|(?P<OP>\*\*|[-+*/()=]))")
pos, out = 0, []
src = "x = 3.5 * (y + 42) ** 2"
while pos < len(src):
    m = tokens.match(src, pos)
    if not m:
        break
    out.append((m.lastgroup, m.group(m.lastgroup)))
    pos = m.end()
print(out)
print(re.sub(r"(?P<w>\w+)@(?P<d>\w+)", lambda m: m["d"].upper() + "!" + m["w"], "me@host you@site"))
