match a, b:
    case 1, 2:
        pass
match *a, b:
    case _:
        pass
match (yield_ := 1):
    case _:
        pass
match -x:
    case _:
        pass
