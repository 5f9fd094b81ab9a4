*a, b: int = x
