# BUILD_TUPLE n + UNPACK_SEQUENCE n (n <= 3), swaptimize and static swaps.
a, b = b, a
a, b, c = c, b, a
(a,) = (b,)
def f(x, y, z):
    x, y = y, x
    x, y, z = z, x, y
    x, y, z = y, z, x
    (x,) = (y,)
    x, x = 1, 2
    a, b, c, d = d, c, b, a
    return x, y, z, a, b, c, d
def g(p, q):
    p.a, q = q, p
    p[0], p[1] = p[1], p[0]
    return p, q
