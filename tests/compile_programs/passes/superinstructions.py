# LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST (opargs < 16, same line).
def f(a, b):
    c = a + b
    d = c
    e, g = a, b
    return c, d, e, g
def many(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17):
    x = a15 + a16
    y = a1 + a17
    z = a2 + a3
    a16 = a17 = 1
    return (x, y,
            z)
def lines(a, b):
    c = (a
         + b)
    return c
