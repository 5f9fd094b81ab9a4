r = [1 for f(x) in y]
