def f(a, b):
    match a, b:
        case 0, 0:
            return "origin"
        case x, 0:
            return x
