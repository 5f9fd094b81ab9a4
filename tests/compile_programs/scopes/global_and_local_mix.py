x = 0
def f(y):
    global x
    z = x + y
    x = z
    return z
