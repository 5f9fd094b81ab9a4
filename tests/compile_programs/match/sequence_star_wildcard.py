def f(x):
    match x:
        case [1, *_]:
            return 1
        case [*_]:
            return 2
