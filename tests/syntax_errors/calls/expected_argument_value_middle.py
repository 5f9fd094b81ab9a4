f(x, key=, other=1)
