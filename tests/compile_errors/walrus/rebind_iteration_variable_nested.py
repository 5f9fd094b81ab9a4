r = [[(i := 1) for j in y] for i in x]
