def f(xs):
    for x in xs:
        if x:
            return x
    else:
        return None
