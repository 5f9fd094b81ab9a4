ys = [y for x in data if (y := f(x)) is not None]
zs = {(k := i): k for i in range(3)}
