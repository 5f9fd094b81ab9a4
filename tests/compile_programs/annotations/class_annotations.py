class C:
    a: int
    b: str = "b"
    def m(self) -> int:
        return self.a
