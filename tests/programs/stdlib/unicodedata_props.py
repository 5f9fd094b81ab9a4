# unicodedata's per-character properties, values with defaults, and argument errors.
import unicodedata as u

print(u.unidata_version, type(u.ucd_3_2_0).__name__, u.ucd_3_2_0.unidata_version)
for ch in ["A", "z", "1", "\u0663", "\u00bd", "\u2167", "\u4e00", "\u0301", "(", "\u05d0",
           "\u0627", " ", "\u3000", "\uff21", "\u00e9", "\ufb01", "\U0001f600", "\U0010ffff",
           "\ue000", "\u2028", "\x85", "\u00b2", "\u2155", "\U0001ecb4", "\u0f33"]:
    print(hex(ord(ch)), u.category(ch), repr(u.bidirectional(ch)), u.combining(ch),
          u.east_asian_width(ch), u.mirrored(ch), repr(u.decomposition(ch)),
          u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None))

for f, msg_ch in [(u.decimal, "a"), (u.digit, "a"), (u.numeric, "a")]:
    try:
        f(msg_ch)
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
    print(f.__name__, f(msg_ch, "default"))

bad_calls = [
    lambda: u.decimal(),
    lambda: u.decimal("ab"),
    lambda: u.decimal(5),
    lambda: u.decimal("a", 1, 2),
    lambda: u.decimal(chr="1"),
    lambda: u.category(""),
    lambda: u.category(b"a"),
    lambda: u.category("a", "b"),
    lambda: u.combining(),
    lambda: u.UCD(),
]
for call in bad_calls:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# ucd_3_2_0 sees characters added after Unicode 3.2 as unassigned
old = u.ucd_3_2_0
for ch in ["A", "\u0221", "\u20ac", "\U0001f600", "\u00bd"]:
    print(hex(ord(ch)), old.category(ch), repr(old.bidirectional(ch)), old.numeric(ch, None),
          old.name(ch, None))
for call in [lambda: old.category(), lambda: old.decimal("a"), lambda: old.lookup("LATIN CAPITAL LETTER GHA"),
             lambda: old.lookup("SNOWMAN"), lambda: old.normalize("NFKC", "\u00bd")]:
    try:
        print(call())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
# 3.2.0's differing properties and decompositions, and IDNA (stringprep) over them
for ch in ["+", "\u00a7", "\u00aa", "\u00ad", "\u00b2", "\U0002f868"]:
    print(hex(ord(ch)), old.category(ch), old.bidirectional(ch), old.decimal(ch, None),
          old.numeric(ch, None), [hex(ord(c)) for c in old.normalize("NFC", ch)], old.is_normalized("NFD", ch))
for name in ["bücher.example", "ÄÖÜ.de", "straße.de", "\ufb01.com"]:
    print(name.encode("idna"))
