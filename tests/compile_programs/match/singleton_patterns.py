def f(x):
    match x:
        case None:
            return 0
        case False:
            return 1
        case True:
            return 2
