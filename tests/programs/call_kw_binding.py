# Calls with keyword arguments that CALL_KW binds in place, and the ones it leaves to the
# general binding (errors included).
def f(a, b=2, *, c, d=4):
    return (a, b, c, d)


def g(x, /, y=1, z=2):
    return (x, y, z)


def h(p, q, r=3, s=4, t=5):
    return (p, q, r, s, t)


for i in range(2):
    print(f(1, c=3), f(1, 2, c=3, d=5), f(a=1, c=3), f(d=9, c=8, a=7), f(1, d=0, c=0, b=1))
    print(g(1, z=5), g(1, y=0), h(1, t=9, q=2), h(q=1, p=2, s=0))
for call in (lambda: f(1), lambda: f(1, c=1, e=2), lambda: f(1, a=2, c=3), lambda: g(x=1),
             lambda: h(1, 2, 3, p=4), lambda: h(t=1), lambda: f(c=1)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)


class K:
    def m(self, a, *, flag=False):
        return (a, flag)


k = K()
print(k.m(1, flag=True), k.m(a=2), K.m(k, a=3, flag=1))
f.__kwdefaults__ = None
try:
    print(f(1, c=2))
except TypeError as e:
    print("TypeError", e)
f.__kwdefaults__ = {"d": "new"}
print(f(1, c=2))
