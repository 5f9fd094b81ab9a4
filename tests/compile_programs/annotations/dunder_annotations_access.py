class C:
    x: int
    y = __annotate__ if False else 0
