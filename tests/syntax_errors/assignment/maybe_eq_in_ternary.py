y = 1 if a = 2 else 3
