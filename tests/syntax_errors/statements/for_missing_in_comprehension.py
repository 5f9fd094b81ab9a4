ys = [x for x xs]
