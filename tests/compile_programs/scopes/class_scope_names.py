class C:
    x = 1
    y = x + 1
    def m(self):
        return x
