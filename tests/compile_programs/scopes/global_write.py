G = 1
def f():
    global G
    G = 2
