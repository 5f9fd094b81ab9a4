match p:
    case pkg.Point(0, y=1, 2, 3):
        pass
