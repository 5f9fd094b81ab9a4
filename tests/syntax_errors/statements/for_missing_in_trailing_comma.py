r = [a for a, b,]
