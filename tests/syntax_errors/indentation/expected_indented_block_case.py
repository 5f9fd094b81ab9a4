match cmd:
    case 1:
    pass
