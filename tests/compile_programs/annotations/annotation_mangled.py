class C:
    __private: int
    def m(self, __a: int) -> None:
        pass
