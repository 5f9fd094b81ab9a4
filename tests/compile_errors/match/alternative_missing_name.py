match x:
    case (a, 1) | (2, 3):
        pass
