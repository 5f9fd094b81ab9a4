def f(a, b, c=0):
    return a * 100 + b * 10 + c
print(f(1, 2), f(b=2, a=1), f(1, c=5, b=3))
