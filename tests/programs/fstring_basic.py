name = "krait"
n = 42
print(f"hello {name}, {n}")
print(f"{n + 1} {name!r} {name.upper()}")
