type Point tuple[int, int]
