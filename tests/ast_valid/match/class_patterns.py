match s:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=yy):
        pass
    case pkg.Point(1, y=2):
        pass
    case int(n) | float(n):
        pass
