def f(x):
    match x:
        case [*items]:
            return items
