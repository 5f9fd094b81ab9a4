match m:
    case {}:
        pass
    case {'a': 1, 'b': x}:
        pass
    case {'k': v, **rest}:
        pass
    case {Key.A: _, 1: [y]}:
        pass
