import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print(f"-> {fn.__name__}{a}")
        r = fn(*a, **k)
        print(f"<- {fn.__name__} = {r}")
        return r
    return wrapper
def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@trace
def add(a, b):
    """Adds."""
    return a + b
add(1, 2)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("bob"), hi.__name__)
@trace
@repeat(2)
def z():
    return 0
z()
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
REG = {}
@register(REG)
def alpha(): return "a"
@register(REG)
def beta(): return "b"
print(sorted(REG), REG["beta"]())
def cls_deco(cls):
    cls.tag = "decorated"
    return cls
@cls_deco
class T: pass
print(T.tag)
@lambda f: f()
def immediately():
    return "called at definition"
print(immediately)
class Deco:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@Deco
def sq(x): return x * x
print(sq(3), sq(4), sq.calls)
