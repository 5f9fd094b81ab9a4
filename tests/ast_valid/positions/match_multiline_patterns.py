match point:
    case Point(
        x=0,
        y=yy,
    ) | Point(x=yy, y=0):
        pass
    case {
        'k': [1, *rest],
    }:
        pass
