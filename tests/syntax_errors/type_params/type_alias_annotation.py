type X: int = 1
