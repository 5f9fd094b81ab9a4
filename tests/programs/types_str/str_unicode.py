import unicodedata
s = "Café naïve résumé"
print(len(s), s.upper(), s.encode("utf-8")[:6], s[3], ord(s[3]), hex(ord("é")))
nfd = unicodedata.normalize("NFD", s)
print(len(nfd), nfd == s, unicodedata.normalize("NFC", nfd) == s)
print("".join(c for c in nfd if not unicodedata.combining(c)))
print(unicodedata.name("é"), unicodedata.category("A"), unicodedata.category("1"), unicodedata.lookup("SNOWMAN"), unicodedata.numeric("½"), unicodedata.decimal("٣"))
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b1".upper(), "ǆ".title(), "ß".upper(), "ﬃ".upper(), "İstanbul".lower())
emoji = "👍🏽 family: 👨‍👩‍👧"
print(len(emoji), [hex(ord(c)) for c in emoji[:2]], emoji.encode("utf-16-le")[:4])
print(sorted(["b", "á", "a", "z", "é"]), sorted(["b", "á", "a"], key=lambda c: unicodedata.normalize("NFD", c)))
print("x\u0301".isalpha(), "\u0301".isalpha(), "Ⅳ".isnumeric(), "Ⅳ".isdigit(), "²".isdigit(), "²".isdecimal())
print(str.maketrans("àé", "ae") == {224: 97, 233: 101}, "àé".translate(str.maketrans("àé", "ae")))
