x = None
print(x is None, x is not None, [] is [], x is x)
def f(a=None):
    if a is None:
        return "default"
    return a
print(f(), f(0))
