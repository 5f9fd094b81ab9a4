x: int = 1
y: list[int]
z: "str" = "a"
