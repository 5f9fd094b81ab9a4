g = 1e5x
