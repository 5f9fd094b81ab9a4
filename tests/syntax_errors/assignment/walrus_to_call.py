while (f() := next(it)):
    pass
