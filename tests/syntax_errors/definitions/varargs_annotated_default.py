def f(*args: int = 1):
    pass
