def f(a, b=10, c="x"):
    return (a, b, c)
print(f(1), f(1, 2), f(1, 2, 3))
