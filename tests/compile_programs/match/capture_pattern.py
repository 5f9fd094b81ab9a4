def f(x):
    match x:
        case y:
            return y
