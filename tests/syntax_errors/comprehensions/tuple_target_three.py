xs = [a, b, c for a in x]
