def add(a, b):
    return a + b
def noret():
    pass
print(add(1, 2), add("a", "b"), noret())
