match get(x), y
    case _:
        pass
