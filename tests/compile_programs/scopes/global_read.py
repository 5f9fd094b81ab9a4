G = 1
def f():
    return G
