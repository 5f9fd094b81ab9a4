def f(a):
    b = a * 2
    if b > 3
        return b
