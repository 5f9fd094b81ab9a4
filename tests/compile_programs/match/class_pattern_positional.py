class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def f(p):
    match p:
        case P(0, y):
            return y
