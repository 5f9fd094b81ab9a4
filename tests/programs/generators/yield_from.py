def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("exhausted")
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), {"k": 0})))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def catcher():
    while True:
        try:
            yield
        except KeyError as e:
            print("inner caught", e)
def delegate():
    yield from catcher()
d = delegate()
next(d)
d.throw(KeyError("via outer"))
d.close()
def closer():
    try:
        yield 1
    finally:
        print("inner finally on close")
def del2():
    yield from closer()
c = del2()
next(c)
c.close()
print(list(x for x in (yield_ for yield_ in range(3))))
def gen_ret():
    return (yield from [])
print(list(gen_ret()))
