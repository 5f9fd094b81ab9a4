def g():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield 99
    finally:
        print("cleanup")
    return "done"
it = g()
print(next(it), it.send("a"))
print(it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
it2 = g(); next(it2); it2.close(); print("closed")
def h():
    r = yield from g()
    print("r", r)
    yield "end"
print(list(h()))
def cnt():
    n = 0
    while True:
        n += yield n
c = cnt(); next(c); print(c.send(5), c.send(10))
try:
    c.throw(KeyError, "k")
except KeyError as e:
    print("ke", e)
print(iter(c) is c)
