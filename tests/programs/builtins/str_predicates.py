# The str predicates (isdigit, isalpha, ...): over ASCII and non-ASCII text, the empty
# str, lone surrogates, str subclasses, bound and unbound forms, and wrong calls.
NAMES = ["isdecimal", "isdigit", "isnumeric", "isalpha", "isalnum", "isspace", "isascii",
         "isprintable", "isidentifier", "isupper", "islower", "istitle"]
SAMPLES = ["", "5", "123", "½", "²", "٣", "abc", "Abc", "ABC", "Hello World", "hello world",
           "a1", " \t\n", "\x1c", "\u00a0", "é", "ǅ", "Σίσυφος", "_x9", "9x", "\ud800",
           "a\udc80", "\udc80\udc81", "\x00", "tab\there", "ⅷ", "𝟘", "\U0001F600"]

for name in NAMES:
    print(name, "".join("1" if getattr(s, name)() else "0" for s in SAMPLES))

class S(str):
    pass

print([getattr(S("Ab1"), n)() for n in NAMES])
print([getattr(str, n)("x") for n in NAMES])
bound = "42".isdigit
print(bound(), bound.__name__, bound.__self__)
print(list(map(str.isspace, [" ", "x", ""])))

for call in (lambda: "a".isdigit(1), lambda: "a".isalpha(x=1), lambda: str.isupper(),
             lambda: str.islower(5), lambda: "a".isascii(None)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
