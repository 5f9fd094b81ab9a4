match x:
    case [0, 2j - 1j]:
        pass
