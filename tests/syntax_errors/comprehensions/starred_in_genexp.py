ys = list(*x for x in xs)
