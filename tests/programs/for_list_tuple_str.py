for x in [1, "two", 3.0]:
    print(x)
for c in "abc":
    print(c)
for t in (1, 2):
    print(t)
