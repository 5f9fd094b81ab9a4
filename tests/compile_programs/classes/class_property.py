class C:
    @property
    def x(self):
        return 1
    @x.setter
    def x(self, v):
        pass
