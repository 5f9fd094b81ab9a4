def a(n):
    return b(n) * 2
def b(n):
    return c(n) + 1
def c(n):
    return int(n)
print(a("7"))
print(a("x"))
