class A:
    def m[T, **P: object](self):
        pass
