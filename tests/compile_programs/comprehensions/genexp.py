r = sum(x for x in range(10))
g = (x for x in range(3))
