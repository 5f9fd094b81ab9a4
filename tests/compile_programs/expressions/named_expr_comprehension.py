data = [1, 2, 3]
r = [y for x in data if (y := x * 2) > 2]
