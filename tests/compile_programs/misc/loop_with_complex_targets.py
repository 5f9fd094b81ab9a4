d = {}
for d["k"] in range(3):
    pass
for (a, *b) in [(1, 2, 3)]:
    pass
