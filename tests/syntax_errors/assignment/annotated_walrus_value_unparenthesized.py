x: int := 3
