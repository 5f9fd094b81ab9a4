xs = [y.z := 1 for y in ys]
