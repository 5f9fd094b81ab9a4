xs = [x for x if x]
