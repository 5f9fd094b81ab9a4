def load(p):
    try:
        return open(p)
    return None
