class Outer:
    X = int
    class Inner[T: int]:
        pass
    def method[U](self, u: U) -> U:
        return u
