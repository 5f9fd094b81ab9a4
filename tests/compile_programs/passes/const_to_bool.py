# A constant followed by TO_BOOL becomes a bool constant.
def f():
    while (1, 2):
        if b"":
            return 0
        if 3.5:
            return 1
    return not 0, not "", not (1, 2), not None
