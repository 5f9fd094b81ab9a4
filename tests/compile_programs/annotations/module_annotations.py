x: int
y: str = "a"
z: list[int] = []
