y = 1 if ok else raise ValueError
