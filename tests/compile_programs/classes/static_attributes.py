class C:
    def __init__(self):
        self.a = 1
        self.b, self.c = 2, 3
    def m(self):
        self.d = 4
        other.e = 5
