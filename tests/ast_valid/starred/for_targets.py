for *a, b in c:
    pass
for a, *b in c:
    pass
for [a, *b] in c:
    pass
for x in *a, *b:
    pass
