class Box[T]:
    def __init__(self, v: T):
        self.v = v
