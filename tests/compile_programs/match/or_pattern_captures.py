def f(x):
    match x:
        case [a, 1] | [1, a]:
            return a
