def f(x):
    match x:
        case {"pts": [P(x=0), *others]}:
            return others
        case [[1, 2], {"k": [v]}]:
            return v
