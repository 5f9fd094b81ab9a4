é = f(1, ü for ü in x)
