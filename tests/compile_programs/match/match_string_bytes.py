def f(x):
    match x:
        case "s":
            return 1
        case b"b":
            return 2
