range(1 10)
