def f(x):
    match x:
        case {"a": 1, "b": b}:
            return b
        case {}:
            return None
