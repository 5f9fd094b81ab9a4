def f(a, b, c):
    return (a or b) and not c or (a and c)
