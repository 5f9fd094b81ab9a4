BASE = 4
def twice(n):
    return 2 * n
