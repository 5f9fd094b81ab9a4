match x:
    case _:
        pass

match y:
    case name:
        pass
