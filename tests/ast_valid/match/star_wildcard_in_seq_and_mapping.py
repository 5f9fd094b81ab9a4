match x:
    case [1, *_, 2]:
        pass
    case {'a': [*_], **kw}:
        pass
