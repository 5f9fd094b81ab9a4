match x:
    case str() as (a, b):
        pass
