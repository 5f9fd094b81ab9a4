pairs = [(1, 2), (3, 4)]
r = [a + b for a, b in pairs]
