def handle(ev):
    match ev:
        case {'type': 'click', 'pos': (x, y)}:
            match x:
                case 0 as _:
                    pass
