import types

@types.coroutine
def suspend(value):
    got = yield value
    return got

async def worker(name):
    print(name, "start")
    a = await suspend(name + ":1")
    print(name, "resumed with", a)
    b = await suspend(name + ":2")
    return a + b

c = worker("w")
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print("result", e.value)
c2 = worker("x")
c2.send(None)
try:
    c2.throw(ValueError("injected"))
except ValueError as e:
    print("ValueError:", e)
c3 = worker("y")
c3.send(None)
c3.close()
print(c3.cr_frame)
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
except StopIteration:
    print("StopIteration")
async def nothing():
    return 42
n = nothing()
try:
    n.send(None)
except StopIteration as e:
    print("immediate", e.value)
try:
    n.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
