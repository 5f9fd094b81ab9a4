for i, c in enumerate("xyz"):
    print(i, c)
for i, c in enumerate("ab", start=1):
    print(i, c)
for a, b, c in zip([1, 2, 3], "ab", (True, False, None)):
    print(a, b, c)
