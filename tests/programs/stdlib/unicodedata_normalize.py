# unicodedata.normalize and is_normalized in the four forms.
import unicodedata as u

samples = ["Café", "Cafe\u0301", "\ufb01ne", "\u1e9b\u0323", "\u0041\u030a", "\u212b",
           "\uac01", "\u1100\u1161\u11a8", "x\u0323\u0302\u0301", "\u00bd", "\u2460",
           "\u0344", "\u0f73", "\U0001d15e", "A\u0300\u0316", "\u3052", "\uff76\uff9e", ""]
for s in samples:
    row = []
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        n = u.normalize(form, s)
        row.append(" ".join("%04X" % ord(c) for c in n) + ("*" if u.is_normalized(form, s) else ""))
    print(repr(s), "|", " | ".join(row))

s = "already normal"
print(u.normalize("NFC", s) is s)
for call in [lambda: u.normalize("NFX", "a"), lambda: u.normalize(1, "a"),
             lambda: u.normalize("NFC", 1), lambda: u.is_normalized("nfc", "a"),
             lambda: u.normalize("NFC")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# sorting with a decomposition key and stripping accents
words = ["éclair", "eclair", "Ångström", "zebra", "apple"]
print(sorted(words, key=lambda w: u.normalize("NFD", w).casefold()))
print("".join(c for c in u.normalize("NFD", "Crème Brûlée à la française") if not u.combining(c)))
