s = {a, b for a in x for b in y}
