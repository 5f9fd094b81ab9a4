d = {"a": 1, "b": 2}
print(d.keys(), d.values(), d.items())
print(len(d.keys()), "a" in d.keys(), list(d.values()), sorted(d.items()))
