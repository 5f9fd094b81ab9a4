d = {1: "one", 2: "two"}
d[1.0] = "float one"
d[True] = "true"
print(d)
