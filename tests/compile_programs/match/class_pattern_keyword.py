def f(p):
    match p:
        case Point(x=0, y=yy):
            return yy
