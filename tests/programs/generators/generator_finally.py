def resource(name):
    print("acquire", name)
    try:
        yield name
        yield name + "!"
    finally:
        print("release", name)
for r in resource("a"):
    print("use", r)
for r in resource("b"):
    print("use", r)
    break
print("after break")
g = resource("c")
next(g)
del g
print("after del")
def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested()
next(n)
n.close()
def raising():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
rg = raising()
next(rg)
try:
    rg.close()
except ValueError as e:
    print("ValueError:", e)
def exc_in_body():
    yield 1
    1 / 0
try:
    for v in exc_in_body():
        print("v", v)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def with_in_gen():
    class C:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None)
    with C():
        yield "inside with"
w = with_in_gen()
print(next(w))
w.close()
