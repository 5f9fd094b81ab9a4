import re

print(re.findall(r"\b(\w+)\s+\1\b", "this is is a test test of of it"))
print(re.sub(r"(\w)\1+", r"\1", "aaabbbcdd"), re.search(r"(a+)b\1", "aaabaa").group())
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'it''s'").group(), re.match(r"(['\"])(.*?)\1", '"x" y "z"').groups())
print(re.match(r"(a|b)\1", "aa").group(), re.match(r"(a|b)\1", "ab"))
print(re.match(r"(?i)(ab)\1", "abAB").group(), re.match(r"(ab)\1", "abAB"))
print(re.match(r"(x)?y(?(1)z|w)", "yw").group(), re.match(r"(x)?y(?(1)z|w)", "xyz").group(), re.match(r"(x)?y(?(1)z|w)", "xyw"))
print(re.fullmatch(r"(<)?\w+(?(1)>)", "<tag>") is not None, re.fullmatch(r"(<)?\w+(?(1)>)", "<tag") is not None)
print(re.findall(r"(?P<c>.)(?P=c)", "aabbcdde"), re.sub(r"(.)(?=\1)", "", "bookkeeper"))
print(re.match(r"(a*)+b\1", "aab").group(), re.match(r"(a)|\1", "x"))
for bad in [r"\2(a)", r"(a)\2", r"(?(2)a|b)", r"(?(x)a|b)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", e)
print(re.match(rb"(.)\1", b"xx").group(), re.sub(rb"(\d)", rb"<\1>", b"a1b2"))
