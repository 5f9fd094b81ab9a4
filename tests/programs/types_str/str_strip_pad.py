s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt.bak".rstrip(".bak"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
print(repr("hi".center(8)), repr("hi".center(7, "*")), repr("hi".ljust(5, "-")), repr("hi".rjust(5)))
print(repr("toolong".center(3)), "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("12345\t6".expandtabs(4)), repr("\t".expandtabs(0)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "x".strip(5)
except TypeError as e:
    print("TypeError:", e)
print(repr(" \u3000x\u3000 ".strip()), "..a..".strip("."))
