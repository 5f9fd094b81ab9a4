def f(x):
    match x:
        case -1:
            return 1
        case 1 + 2j:
            return 2
        case -3.5:
            return 3
