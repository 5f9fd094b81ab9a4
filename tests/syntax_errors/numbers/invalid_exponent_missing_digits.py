f = 1e
