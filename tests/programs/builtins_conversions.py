print(int("42"), int(3.9), int(-3.9), float("1.5"), str(12), bool(0), bool([1]))
print(list("abc"), tuple([1, 2]), int("-17"), float(3))
