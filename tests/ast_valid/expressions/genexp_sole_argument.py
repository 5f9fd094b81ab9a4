sum(x for x in range(10) if x % 2 for y in z)
