import re

print(re.findall(r"\w+(?=,)", "a, bb, ccc"), re.findall(r"\b\w+\b(?!,)", "a, bb, ccc"))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "$5 and $12.50 but 7"), re.findall(r"(?<!\$)\b\d+", "$5 6 $7 8"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.sub(r"\B(?=(\d{3})+(?!\d))", ",", "9876543210"))
print(re.search(r"(?=(\w+))\w", "abc").groups(), re.match(r"(?!abc)\w+", "abd").group())
print(re.findall(r"(?<=a)b", "ab cb ab"), re.findall(r"(?<![ac])b", "ab cb db"))
print(re.search(r"(?<=ab)c", "abc").span(), re.search(r"(?<=(a)b)c", "abc").groups())
print(bool(re.match(r"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$", "Passw0rdX")), bool(re.match(r"^(?=.*\d)(?=.*[a-z]).{8,}$", "password")))
print(re.compile(r"(?<=b)c").search("abc", 2), re.compile(r"^c").search("abc", 2), re.compile(r"(?<=b)c").search("bc", 1).span())
print(re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four"))
print(re.findall(r"(?<=(\d))x", "1x2x x"), re.findall(r"q(?!u)", "qatar quit iraq"))
for bad in [r"(?<=a+)b", r"(?<=a|bc)d", r"(?<!x*)y"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", e)
print(re.sub(r"(?<=\b\w)\w*", lambda m: m.group().upper(), "make me loud"))
