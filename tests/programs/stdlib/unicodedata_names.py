# unicodedata.name and lookup: stored names, derived names, aliases, named sequences.
import unicodedata as u

for ch in ["a", "\u00e9", "\u2603", "\uac00", "\ud7a3", "\u4e00", "\U00020000", "\uf900",
           "\U0001f44d", "\U00017000", "\x00", "\u0378", "\ue000"]:
    print(hex(ord(ch)), u.name(ch, None))

names = ["SNOWMAN", "snowman", "Latin Small Letter E With Acute", "LATIN CAPITAL LETTER GHA",
         "BYTE ORDER MARK", "LINE FEED", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE A",
         "hangul syllable ga", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00",
         "cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-F900", "CJK COMPATIBILITY IDEOGRAPH-F900",
         "TANGUT IDEOGRAPH-17000", "LATIN SMALL LETTER R WITH TILDE", "KEYCAP NUMBER SIGN",
         "NOT A NAME", "SNOWMAN ", "\u00e9", "x" * 300]
for n in names:
    try:
        r = u.lookup(n)
        print(repr(n[:40]), [hex(ord(c)) for c in r])
    except KeyError as e:
        print(repr(n[:40]), type(e).__name__, e)
print(u.lookup(b"SNOWMAN"))
try:
    u.lookup(5)
except TypeError as e:
    print(type(e).__name__, e)

# \N{} escapes resolve names and aliases, but not named sequences
print("\N{GREEK SMALL LETTER ALPHA}\N{em dash}\N{LATIN CAPITAL LETTER GHA}\N{HANGUL SYLLABLE GAG}")
for src in [r"'\N{KEYCAP NUMBER SIGN}'", r"'\N{TANGUT IDEOGRAPH-17000}'", r"'\N{LATIN SMALL  LETTER A}'"]:
    try:
        print(eval(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)

# every name round-trips through lookup
count = 0
for cp in range(0, 0x110000, 3):
    if 0xD800 <= cp < 0xE000:
        continue
    n = u.name(chr(cp), None)
    if n is not None:
        assert u.lookup(n) == chr(cp), n
        count += 1
print("round trips", count)
