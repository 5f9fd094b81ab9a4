for i in range(3):
    total, count -= i, 1
