import re
print(re.findall(r"(?<=\$)\d+", "cost $30 and $45"), re.findall(r"\d+(?!px)", "10px 20em 3"), re.findall(r"(?<!-)\b\d+", "-5 6 -7 8"))
print(re.sub(r"(\w)\1", r"[\1\1]", "bookkeeper"), re.findall(r"(\w+) \1", "the the cat cat dog"))
print(re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05-17").groupdict(), re.match(r"(?:ab)+", "ababx").group())
print(re.findall(r"a.*b", "a1b2b3"), re.findall(r"a.*?b", "a1b2b3"), re.findall(r"\d{2,3}", "1234567"), re.findall(r"\d{2,3}?", "12345"))
verbose = re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.X)
print(verbose.findall("555-1234 555.9876 5551111"))
print(re.sub(r"(?m)^\s+", "", "  a\n    b"), re.findall(r"[^\W\d_]+", "abc_12 déf"), re.findall(r"\S+@\S+\.\w+", "x a@b.com y"))
print(re.search(r"colou?r", "The color").group(), bool(re.search(r"^\s*$", "   ")), re.split(r"\s*", "ab c") if False else re.split(r"\s+", " a b "))
print(re.fullmatch(r"[A-Z][a-z]*( [A-Z][a-z]*)*", "Hello World") is not None, re.match(r"\A\d\Z", "5\n"))
m = re.search(r"(\d+)\.(\d+)", "v3.14")
print(m.expand(r"major=\1 minor=\2"), m.re.pattern, m.string, m.pos, m.endpos)
print(re.findall(r"[\u00e0-\u00ff]", "àbçd"), re.findall(rb"\d", b"a1b2"), re.sub(b"a", b"b", b"aaa"))
print(re.compile("x").sub("y", "xx"), re.purge(), len(re.findall(r".", "a\nb")), re.findall(r"(?s).", "a\nb"))
pat = re.compile(r"\b(\w)(\w*)\b")
print(pat.sub(lambda m: m.group(1).upper() + m.group(2), "make title case"))
tokens = re.findall(r"\d+\.?\d*|[-+*/()]", "3.5 + (12 * 4) - 7 / 2")
print(tokens)
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
