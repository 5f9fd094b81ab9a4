print(list(map(int, "123")), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "x", None])), list(filter(lambda n: n % 2, range(7))))
print("-".join(map(str, range(4))), sum(map(len, ["ab", "cde"])))
print("a b  c d".split(None, 2), "a,b,c".split(",", 1), "  x  y ".split(maxsplit=1), "k=v=w".split("=", maxsplit=1))
