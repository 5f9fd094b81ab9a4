def outer(n):
    def g():
        for i in range(n):
            yield i
    return g
