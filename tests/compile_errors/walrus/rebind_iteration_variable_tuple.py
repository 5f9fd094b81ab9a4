r = [j := 0 for i, j in x]
