def echo():
    print("started")
    try:
        while True:
            try:
                got = yield
                print("got", got)
            except ValueError as e:
                print("caught", e)
                yield "recovered"
    finally:
        print("cleanup")

g = echo()
print(next(g))
print(g.send(1))
print(g.send("two"))
print(g.throw(ValueError("bad")))
print(next(g))
g.close()
print(g.gi_running, g.gi_frame)
try:
    g.send(5)
except StopIteration as e:
    print("StopIteration", e.value)
def fresh():
    yield 1
h = fresh()
try:
    h.send("x")
except TypeError as e:
    print("TypeError:", e)
print(h.send(None))
try:
    h.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated:", e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("refusing")
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def ret():
    yield 1
    return "done"
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("return value:", e.value, e.args)
