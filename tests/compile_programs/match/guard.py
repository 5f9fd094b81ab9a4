def f(x):
    match x:
        case n if n > 10:
            return "big"
        case n if n < 0:
            return "neg"
        case _:
            return "other"
