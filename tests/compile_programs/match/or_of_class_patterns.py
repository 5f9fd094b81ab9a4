def f(x):
    match x:
        case str(v) | bytes(v):
            return v
