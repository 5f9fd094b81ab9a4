def f(x):
    match x:
        case {**rest}:
            return rest
