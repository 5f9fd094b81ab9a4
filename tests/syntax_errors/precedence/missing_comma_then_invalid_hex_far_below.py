values = [1 2]


def f():
    return 0xZZ
