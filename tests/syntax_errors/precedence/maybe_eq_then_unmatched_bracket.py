if a = 1:
    pass
b = [1, 2]]
