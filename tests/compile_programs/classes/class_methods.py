class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @staticmethod
    def s():
        return 1
    @classmethod
    def c(cls):
        return cls
