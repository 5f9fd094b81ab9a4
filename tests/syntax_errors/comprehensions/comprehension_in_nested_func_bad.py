def outer():
    def inner():
        return [(a, b) for a in range(3) for b, in]
    return inner
