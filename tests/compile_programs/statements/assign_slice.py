lst = list(range(10))
lst[1:3] = [9]
lst[::2] = lst[1::2]
