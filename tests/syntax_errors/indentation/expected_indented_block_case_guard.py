match p:
    case (x, y) if x > y:
    return x
