for i in range(2):
    v: int = i
