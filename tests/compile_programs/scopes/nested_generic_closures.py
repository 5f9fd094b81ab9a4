def outer[T](x: T):
    def inner[U](y: U) -> tuple[T, U]:
        return x, y
    return inner
