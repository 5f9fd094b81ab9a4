def f(a, *, key=1, other):
    return a, key, other
print(f(1, other=2), f(1, key=5, other=6))
