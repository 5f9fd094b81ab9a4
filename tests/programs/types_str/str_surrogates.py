# Lone surrogates in str: literals, chr/ord, sequence operations, comparisons, hashing,
# repr/ascii/format conversions and the str methods.
hi, lo = "\ud83d", "\ude00"
pair = hi + lo
print(len(hi), len(pair), pair == "\U0001f600", ascii(pair), ord(hi), ord(lo))
s = "ab\ud800cd\udfff"
print(len(s), ascii(s), repr(s) == ascii(s), ascii(s[2]), ascii(s[-1]), ascii(s[1:4]), ascii(s[::-1]))
print([ascii(c) for c in s])
print(ascii(chr(0xd800)), ascii(chr(0xdfff)), chr(0xdc80) == "\udc80", ord(chr(0xdbff)))
for v in (-1, 0x110000):
    try:
        chr(v)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ord("\ud800\udc00")
except TypeError as e:
    print(type(e).__name__, e)
# Concatenation, repetition, join, containment.
print(ascii(s + "!"), ascii("!" + s), ascii(hi * 3), ascii("-".join([hi, "x", lo])), ascii("".join([s, s])))
print(hi in s, "\ud800" in s, "\ud800c" in s, "\udc00" in s, "b\ud800c" in s, "" in s)
# Comparisons are by code point: U+D800 sorts below U+E000 and above U+D7FF.
print("\ud800" < "\ue000", "\ud800" > "\ud7ff", "\udfff" < "\uffff", "\ud800" < "\U00010000")
print([ascii(x) for x in sorted(["\ue000", "\ud800", "a", "\U000f0000", "\udc00", "\uffff"])])
print(max("\ud800", "\ue000") == "\ue000", min(["\udfff", "\ud800"]) == "\ud800")
# Hashing and dict/set membership.
d = {hi: "high", lo: "low", "\U000f0000": "private"}
print(d["\ud83d"], d["\ude00"], d[chr(0xf0000)], len({hi, "\ud83d", lo, pair}), hash(hi) == hash(chr(0xd83d)))
print(s.count("\ud800"), ascii(s.split("\ud800")), ascii(s.partition("cd")), ascii(s.rpartition("\udfff")))
print(ascii(s.upper()), ascii(s.lower()), ascii(s.swapcase()), ascii(s.title()), ascii(s.capitalize()), ascii(s.casefold()))
print(ascii(s.replace("\ud800", "?")), ascii(s.replace("c", "\udc80")), ascii(s.strip("a\udfff")), ascii(s.center(9, "\udc00")))
print(s.find("\udfff"), s.rfind("\ud800"), s.index("c"), s.startswith("ab\ud800"), s.endswith(("x", "\udfff")))
print(s.isalpha(), s.isprintable(), hi.isprintable(), hi.isspace(), hi.isidentifier(), hi.isascii(), hi.islower())
print(ascii(s.zfill(8)), ascii(s.ljust(7, "*")), ascii(s.expandtabs()), ascii(s.splitlines()), ascii(s.removeprefix("ab")))
print(ascii(s.translate({0xd800: "X", ord("a"): 0xdc01})), ascii("x\ud800".translate(str.maketrans("x", "\udc02"))))
try:
    s.index("\udc00")
except ValueError as e:
    print(type(e).__name__, e)
# Formatting.
print(ascii(f"<{hi}>"), ascii(f"{hi!r}"), ascii(f"{hi!a}"), ascii(f"{hi:>3}"), ascii(f"{s!s}"))
print(ascii("%s|%r|%a" % (hi, hi, hi)), ascii("{}|{!r}|{:^5}".format(lo, lo, lo)), ascii(format(hi, "*<3")))
print(repr(hi), ascii(repr(s)), str(hi) == hi, ascii(str(hi)), ascii([hi, lo]), ascii((s,)))
print(ascii({"k": lo}), ascii(hi.__repr__()), ascii("'\ud800\"'"))
