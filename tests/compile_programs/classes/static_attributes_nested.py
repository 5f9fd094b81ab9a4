class C:
    def m(self):
        self.x = 1
        def inner():
            self.y = 2
        return inner
