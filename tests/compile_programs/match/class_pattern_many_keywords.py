def f(x):
    match x:
        case Box(a=1, b=2, c=3, d=d, e=[e]):
            return d, e
