class Outer:
    class Inner:
        @property
    def x(self):
        pass
