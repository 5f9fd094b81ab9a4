x = 1
if x:
    y: int = 2
else:
    z: str
