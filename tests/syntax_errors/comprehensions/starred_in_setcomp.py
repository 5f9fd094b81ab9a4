ys = {*x for x in xs}
