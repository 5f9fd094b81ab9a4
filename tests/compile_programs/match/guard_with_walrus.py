def f(x):
    match x:
        case [a, b] if (s := a + b) > 10:
            return s
