def f(x):
    match x:
        case [first, *rest]:
            return rest
        case [*_, last]:
            return last
