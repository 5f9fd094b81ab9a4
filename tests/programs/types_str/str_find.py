s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.find("o", 15, 20), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("o"), s.rfind("o", 0, 15), s.rfind("zz"))
print(s.index("quick"), s.rindex("o"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.count("o"), s.count("the"), s.count(""), s.count("o", 20), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "th")), s.startswith("quick", 4), s.endswith("dog"), s.endswith("lazy", 0, -4))
print("abc".find("c", -1), "abc".find("a", -10), "abc"[-1:], "abc".startswith(""), "".endswith(""))
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
print("abcabc".find("bc", None, None), "hello".index("l", 3))
print("a" in s, "xyz" not in s, "" in "")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
