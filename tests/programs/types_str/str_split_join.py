print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  a  b \t c\n".split(), " a b c ".split(None, 1), " a b c ".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("abc"), ",".split(","))
print("a\nb\r\nc\rd\x0be\x1cf\u2028g".splitlines())
print("a\nb\r\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join(map(str, range(4))))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
print("a b c".split(maxsplit=1), "a-b-c".rsplit(sep="-", maxsplit=1))
print("1,2,3".split(",", -1), "x".join(("p", "q")))
