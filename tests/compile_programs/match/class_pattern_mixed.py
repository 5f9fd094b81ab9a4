def f(x):
    match x:
        case Point(1, y=2) as p:
            return p
