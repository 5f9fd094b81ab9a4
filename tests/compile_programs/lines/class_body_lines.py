class C:

    a = 1

    def m(self):
        pass
