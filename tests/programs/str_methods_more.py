print("hello world".title(), "hELLO".capitalize(), "42".zfill(5), "-42".zfill(6), "Ab".swapcase())
print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "*") + "]", "[" + "x".ljust(3, ".") + "]", "[" + "x".rjust(3) + "]")
print("a\nb\n\nc".splitlines(), "key=value=x".partition("="), "abc".partition("z"))
print("ABC".isupper(), "abc".islower(), "  ".isspace(), "a1".isalnum(), "A1".isupper(), "123".islower())
print("banana".index("n"), "banana".rfind("an"), "banana".rfind("x"))
a = [0, 1, 2, 3, 4]
a[1:3] = ["x", "y", "z"]
print(a)
a[:2] = []
print(a)
b = list(range(10))
del b[::3]
b[::2] = "abc"
print(b)
del b[1:]
print(b)
