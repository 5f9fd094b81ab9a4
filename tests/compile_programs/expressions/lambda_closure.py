def make(n):
    return lambda x: x + n
