sum(1, x for x in range(10) if x % 2)
