def f():
    total = 1
    return totl
f()
