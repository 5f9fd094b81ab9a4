def f():
    return €
