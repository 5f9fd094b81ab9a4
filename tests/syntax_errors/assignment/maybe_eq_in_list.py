values = [a, b = 2]
