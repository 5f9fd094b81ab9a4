def outer():
    T = int
    def f(x: T) -> T:
        return x
    return f
