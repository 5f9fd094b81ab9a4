x = []
def f(a=x, b=len(x)):
    return a, b
