class C:
    @property
    def x(self):
        return 1
C().x = 2
