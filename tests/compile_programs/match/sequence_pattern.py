def f(x):
    match x:
        case [a, b]:
            return a + b
        case (a, b, c):
            return a
        case []:
            return 0
