def f(x):
    match x:
        case int(n):
            return n
        case str() as s:
            return s
