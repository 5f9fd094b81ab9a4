# Instruction pairs krait runs as one dispatch (a local then its attribute, ...): errors in
# either half are reported at that half's position, with CPython's tracebacks and f_lasti.
import sys, traceback

class P:
    __slots__ = ('a',)
    @property
    def where(self):
        f = sys._getframe(1)
        return f.f_lasti, f.f_lineno

class D:
    def __init__(self):
        self.x = 1

def unbound():
    if False:
        o = None
    return o.attr

def missing(o):
    return o.nope

def unset_slot(p):
    return p.a

def show(f, *args):
    try:
        f(*args)
    except Exception as e:
        tb = traceback.format_exc().splitlines()
        print(type(e).__name__, e)
        print("\n".join(tb[-3:]))

show(unbound)
show(missing, D())
show(unset_slot, P())

def lasti(p):
    return p.where
print(lasti(P()))

# a jump straight to the attribute load: the loop's back edge lands on the LOAD_ATTR's own
# entry when the local was loaded before the loop
def loop_attr(d, n):
    t = 0
    for _ in range(n):
        t += d.x
    return t
print(loop_attr(D(), 5))

# method form, and the owner deleted by the attribute's own code
class Q:
    def m(self): return 'm'
    @property
    def gone(self):
        global q
        del q
        return 'gone'
q = Q()
print(q.m(), q.gone)
def local_replaced():
    o = Q()
    def g():
        return o.gone
    return g()
try:
    print(local_replaced())
except NameError as e:
    print("NameError", e)

class Big:
    pass
b = Big()
for i in range(300):
    setattr(b, f"a{i}", i)
src = "def many(o):\n" + "".join(f"    v{i} = o.a{i}\n" for i in range(300)) + "    return v0 + v299\n"
ns = {}
exec(src, ns)
print(ns['many'](b))

# f_lasti and f_lineno of a caller seen from a property getter, a function, an operator
class P2:
    @property
    def where(self):
        f = sys._getframe(1)
        return f.f_lasti, f.f_lineno
def lasti(p):
    return p.where
print(lasti(P2()))
def lasti2(p):
    x = 1
    return (p, x)[0].where
print(lasti2(P2()))
def g():
    f = sys._getframe(1)
    return f.f_lasti, f.f_lineno
def h():
    return g()
print(h())
class P3:
    def __add__(self, o):
        f = sys._getframe(1)
        return f.f_lasti, f.f_lineno
def k(p):
    x = 1
    return p + p
print(k(P3()))
