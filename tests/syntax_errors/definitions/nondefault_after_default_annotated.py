def f(self, x: int = 0, y: str):
    pass
