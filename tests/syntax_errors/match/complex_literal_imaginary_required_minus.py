match x:
    case -1.5 - 3:
        pass
