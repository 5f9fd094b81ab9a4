class C:
    def m(self):
        def inner():
            pass
        return inner
