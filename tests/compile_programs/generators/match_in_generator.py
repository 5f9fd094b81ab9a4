def g(items):
    for it in items:
        match it:
            case [x, y]:
                yield x + y
            case _:
                yield None
