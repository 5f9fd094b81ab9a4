def g():
    total = 0
    while True:
        x = yield total
        total += x
