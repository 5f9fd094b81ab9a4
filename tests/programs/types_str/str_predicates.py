samples = ["abc", "ABC123", "123", "١٢٣", "½", "²", " \t\n", "", "a b", "_id", "1abc", "class", "x\u00e9", "\x00", "héllo", "Ⅻ"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
print("\u2028".isspace(), "\x1c".isspace(), "\u200b".isspace(), "\u00a0".isprintable())
