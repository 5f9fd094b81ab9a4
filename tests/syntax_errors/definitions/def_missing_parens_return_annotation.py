def f -> int:
    pass
