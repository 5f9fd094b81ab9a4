class A:
    def __init__(self):
        super().__init__()
    def g(self):
        return super(A, self).g
