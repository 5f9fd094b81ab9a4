zip(a for a in x, b for b in y)
