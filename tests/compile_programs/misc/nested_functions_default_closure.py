def f(x=1):
    def g(y=x):
        def h(z=y):
            return x + y + z
        return h
    return g
