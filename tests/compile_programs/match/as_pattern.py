def f(x):
    match x:
        case [1, 2] as whole:
            return whole
        case (1 | 2) as n:
            return n
