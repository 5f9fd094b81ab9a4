match v:
    case 1 | 2 | 3:
        pass
    case [1, 2] | [3, 4] as pair:
        pass
    case (str() | bytes()) as s:
        pass
