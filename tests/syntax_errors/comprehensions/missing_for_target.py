xs = [x for in y]
