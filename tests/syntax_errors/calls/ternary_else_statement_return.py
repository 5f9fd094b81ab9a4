def f():
    return 1 if x else return
