def g(cm):
    with cm:
        yield 1
