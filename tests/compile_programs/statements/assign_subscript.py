d = {}
d["k"] = 1
lst = [0, 1, 2]
lst[0] = lst[1]
