for a, b zip(x, y):
    pass
