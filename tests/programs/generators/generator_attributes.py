def inner():
    try:
        x = yield "inner1"
        yield ("inner2", x)
    except KeyError as e:
        yield ("inner caught", str(e))
    finally:
        print("inner finally")
    return "inner result"

def outer():
    r = yield from inner()
    yield ("outer got", r)

g = outer()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_yieldfrom, g.gi_code.co_name, g.__name__, g.__qualname__)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_suspended)
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "end"), g.gi_frame, g.gi_suspended)

def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
try:
    def reenter():
        yield next(g3)
    g3 = reenter()
    next(g3)
except ValueError as e:
    print("ValueError:", e)

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closed with finally")
c = closer()
next(c)
del c
print("after del")

d = outer()
next(d)
d.close()
print(d.gi_frame, list(d))

def catcher():
    while True:
        try:
            yield
        except GeneratorExit:
            print("exit seen")
            raise
        except Exception as e:
            print("caught", type(e).__name__)
k = catcher()
next(k)
k.throw(ValueError)
k.throw(TypeError("t"))
k.close()
print(k.gi_frame is None)
def genexp_owner():
    return (i for i in range(2))
ge = genexp_owner()
print(ge.__name__, ge.__qualname__, list(ge), list(ge))
