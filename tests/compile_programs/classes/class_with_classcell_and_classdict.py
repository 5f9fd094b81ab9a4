class C:
    x = 1
    def f(self):
        return __class__
    type A = list[x]
