x: int =
