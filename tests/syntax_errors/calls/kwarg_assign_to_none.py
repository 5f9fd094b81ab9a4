f(x, None=2)
