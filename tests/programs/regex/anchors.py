import re

print(re.findall(r"\bcat\b", "cat concat cat. bobcat cat_"), re.findall(r"\Bcat\B", "concatenate cat"), re.findall(r"\B", "ab"))
print(re.search(r"\B", ""), re.search(r"\b", ""), re.findall(r"\b", "a b"), re.findall(r"\b\w", "héllo wörld"))
print(re.search(r"^b", "a\nb"), re.search(r"^b", "a\nb", re.M).span(), re.search(r"a$", "a\n").span(), re.search(r"a\Z", "a\n"))
print(re.findall(r"^", "a\nb\n", re.M), re.findall(r"$", "a\nb\n", re.M), re.findall(r"(?m)^$", "a\n\nb\n"))
print(re.match(r"\Aabc\Z", "abc").span(), re.fullmatch(r"a|ab", "ab").span(), re.match(r"a|ab", "ab").span())
print(re.fullmatch(r".*", "abc", ) is not None, re.compile(r"b+").fullmatch("abbb", 1).span(), re.compile(r"b").fullmatch("abc", 1, 2).span())
print(re.compile(r"^a").match("ba", 1), re.compile(r"$").search("ab", 0, 1).span(), re.compile(r"\b").search("ab", 1))
print(re.sub(r"\b", "|", "hi there"), re.sub(r"(?m)^\s+|\s+$", "", "  a  \n  b  "), re.findall(r"(?a)\b\w+\b", "naïve"))
print(re.findall(r"\b\d+\b", "12 a34 56b 78"), re.split(r"\b", "ab cd"), re.findall(r"(?<!\w)\w", "ab cd"))
