match p:
    case []:
        pass
    case [x]:
        pass
    case [x, *rest]:
        pass
    case (a, b, *_):
        pass
    case (x,):
        pass
    case x, y:
        pass
    case ():
        pass
    case [*_, last]:
        pass
