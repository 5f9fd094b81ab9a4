a + b: int = 0
