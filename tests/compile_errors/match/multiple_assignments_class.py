match x:
    case P(a, y=a):
        pass
