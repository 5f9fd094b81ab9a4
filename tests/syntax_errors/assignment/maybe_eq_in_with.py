with open(p) as f, x = 3:
    pass
