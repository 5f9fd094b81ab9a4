class A:
    def m(self, a=None, b=None, c):
        return c
