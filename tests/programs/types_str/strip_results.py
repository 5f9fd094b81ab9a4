# strip/lstrip/rstrip: results, the chars argument, errors, and identity (an unchanged
# exact str is returned itself; a str subclass gives an exact str).
cases = ["abc", "  abc  ", "\t\n x \r\x0b", "xxaxx", "", "é-aé", "\u3000wide\u3000", "a\U0001f600a"]
for s in cases:
    for chars in (None, "x", "é", "a\U0001f600", "", " \t"):
        r = (s.strip(chars), s.lstrip(chars), s.rstrip(chars))
        print(repr(s), repr(chars), r, [x is s for x in r])

class S(str):
    pass

t = S("abc")
for r in (t.strip(), t.lstrip("z"), t.rstrip("c")):
    print(type(r).__name__, r, r is t)

for bad in (1, b"x", ["x"]):
    try:
        "abc".strip(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "abc".strip("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".strip(chars="a")
except TypeError as e:
    print("TypeError:", e)
print("abc".strip(None) == "abc")
