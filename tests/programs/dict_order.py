d = {}
for k in ["z", "a", "m", 3, 1.5, (1, 2)]:
    d[k] = str(k)
print(d)
d["a"] = "again"
print(list(d))
