class C:
    x = 1
    def f[T](self) -> T:
        return x
