class P:
    x: int
    x.y(): str
