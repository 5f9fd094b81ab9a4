match x:
    case {} as 1:
        pass
