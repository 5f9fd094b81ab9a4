r = len("abc") + abs(-1)
