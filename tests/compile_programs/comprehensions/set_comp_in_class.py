class C:
    base = 3
    vals = {v % 2 for v in range(10)}
