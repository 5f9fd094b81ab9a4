d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, "z" in d)
print(d.get("z"), d.get("z", 0), d.keys(), list(d.values()))
del d["a"]
print(d)
for k in d:
    print(k, d[k])
