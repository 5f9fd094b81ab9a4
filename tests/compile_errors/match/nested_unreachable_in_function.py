def f(v):
    match v:
        case [x]:
            pass
        case other:
            pass
        case _:
            pass
