_ = 1
for _ in range(3):
    pass
_, x = 1, 2
