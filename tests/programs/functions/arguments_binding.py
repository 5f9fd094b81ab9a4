def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
cases = [
    ((1, 2), {"c": 3}),
    ((1,), {"b": 2, "c": 3, "d": 4}),
    ((1, 2, 3, 4), {"d": 1}),
    ((1, 2, 3), {"d": 4, "z": 0}),
    ((1, 2, 3), {"d": 4, "c": 9}),
    ((), {}),
]
for args, kw in cases:
    try:
        f(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
def v(*args, **kwargs):
    return args, sorted(kwargs.items())
print(v(), v(1, 2, x=3), v(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
try:
    v(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    v(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    v(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    v(**[1])
except TypeError as e:
    print("TypeError:", e)
def noargs(): pass
try:
    noargs(1)
except TypeError as e:
    print("TypeError:", e)
def two(x, y): pass
try:
    two(1)
except TypeError as e:
    print("TypeError:", e)
try:
    two(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    two(1, x=1)
except TypeError as e:
    print("TypeError:", e)
def kw_only(*, a, b): pass
try:
    kw_only()
except TypeError as e:
    print("TypeError:", e)
class C:
    def m(self, x): pass
try:
    C().m()
except TypeError as e:
    print("TypeError:", e)
