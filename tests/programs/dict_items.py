d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, v)
d.update({"z": 3})
print(d.pop("x"), d, d.setdefault("w", 0), d)
