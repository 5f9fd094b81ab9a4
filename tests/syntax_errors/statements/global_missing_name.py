def f():
    global
