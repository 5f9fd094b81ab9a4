# str case mappings and predicates beyond ASCII: special casing, final sigma, title case.
tests = ["ß", "ﬃ", "İstanbul", "ǆemal", "ŉ", "ΌΣΟΣ ΣΑΣ", "Σ", "ΑΣ.", "ΑΣ'Α", "ᾳ", "ǰ",
         "ﬁnal ﬂow", "Straße", "ǅ", "Ⅻ", "ⓐⓑ", "𐐀𐐨", "ꭰ", "ᏸ", "hello wORLD", "ß123ǈ", "i̇"]
for s in tests:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.casefold()),
          repr(s.capitalize()), repr(s.swapcase()), s.isupper(), s.islower(), s.istitle())

chars = "aZ5٣²½Ⅻ一\u0301 \u3000\x1c\x85\u2028\u200b_ªᵃ\U0001d7d8"
for c in chars:
    print(hex(ord(c)), c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(),
          c.isspace(), c.isprintable(), c.isidentifier(), ("x" + c).isidentifier())
print("a\x1cb\x1dc\x1ed\x85e\u2028f\u2029g\x0bh\x0ci".splitlines())
print("Ǆ".lower(), "ǆ".upper(), "ǆ".title(), "ǈ".istitle(), "ǈa".istitle(), "Aǈ".istitle())
