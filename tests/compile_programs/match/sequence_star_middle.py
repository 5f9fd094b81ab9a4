def f(x):
    match x:
        case [a, *mid, b]:
            return mid
