x = None
print(x is None, x is not None, [] is [], 1 is 1)
def f(a=None):
    if a is None:
        return "default"
    return a
print(f(), f(0))
