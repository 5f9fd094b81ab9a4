class A:
    def m(self) -> int:
    x = 1
