def naturals():
    n = 0
    while True:
        yield n
        n += 1
for i, v in zip(range(5), naturals()):
    print(i, v)
