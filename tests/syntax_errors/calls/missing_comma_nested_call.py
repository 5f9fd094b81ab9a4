f(g(a b), c)
