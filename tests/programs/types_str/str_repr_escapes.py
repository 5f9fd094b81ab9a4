samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nret\r", "\x00\x07\x1b\x7f",
           "é", "\u200b", "\ud800", "😀", "\\", "\x80\x9f\xa0", "\u0378", "\U000e0001", "\u00ad"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print("a\
b", "\101\x42\u0043\N{LATIN SMALL LETTER D}", r"\n\t", len(r"\n"))
print(str("x"), str(), repr(""), repr("'"), repr('"'))
print(f"{'q'!a}", f"{'é'!a}", "%a" % "é", "%r" % "é")
