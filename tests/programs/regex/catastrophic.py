import re

# Patterns that backtrack a lot, on inputs small enough for any backtracking engine.
print(re.match(r"(a+)+b", "a" * 18 + "c"))
print(re.match(r"(a|aa)+$", "a" * 22 + "b"))
print(re.match(r"(x+x+)+y", "x" * 16))
print(re.search(r"(\w+\s?)+$", "word " * 3 + "!"))
print(re.fullmatch(r"(a*)*b", "a" * 20))
print(re.match(r"(?:a|b)*c", "ab" * 5000 + "c").span())
print(re.match(r"(a|b)*", "a" * 100000).span())
print(re.match(r"(?:(a)|b)*", "ab" * 50000).span(), re.match(r"(a)*?$", "a" * 50000).span())
print(re.match(r"(ab|a)*?c", "ab" * 20000 + "c").span())
print(len(re.findall(r"\w+", "word " * 20000)), len(re.sub(r"\s+", "", " x " * 20000)))
print(re.search(r"(\d+)$", "1" * 5000 + "x"), re.match(r".*?x", "y" * 50000 + "x").end())
print(re.match(r"(?>a+)b", "aaab").span(), re.match(r"(?>a+)ab", "aaab"), re.match(r"a++b", "aaab").span(), re.match(r"a++ab", "aaab"))
print(re.match(r"(?:ab)++c", "ababc").span(), re.match(r"(?:ab)*+ab", "abab"), re.match(r"(?:a|ab)++c", "abc"))
print(re.match(r"(a{2,3})*$", "a" * 7).group(1), re.match(r"(a{2,3}?)*?$", "a" * 7).group(1))
print(re.match(r"(?:a?)*b", "a" * 30 + "b").span(), re.match(r"(?:a*?)*?c", "a" * 25 + "c").span())
print(re.match(r"((?:a|b)*)*c", "ab" * 12 + "c").span(), re.match(r"(?:(?:a*)*)*b", "a" * 8))
