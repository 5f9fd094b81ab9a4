# LOAD_FAST_BORROW where the reference dies before its local; plain LOAD_FAST otherwise.
def f(a, b):
    c = a
    a = b
    print(c, a)
    b.x = a
    a.m(b)
    return [a, b], {a: b}, f"{a}{b!r}", len(a)
def g(a):
    x = a
    a = 1
    return x
def h(a, b):
    for i in a:
        b(i)
    while a:
        a = a.next
    return a if b else b
def gen(a):
    yield a
    x = yield from a
    return x
