import inspect
async def co(x):
    return x * 2
c = co(5)
print(inspect.iscoroutine(c), inspect.iscoroutinefunction(co), inspect.isawaitable(c), type(c).__name__)
print(c.cr_running, c.cr_code.co_name, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
c.close()
async def ag():
    yield 1
print(inspect.isasyncgenfunction(ag), inspect.isasyncgen(ag()), type(ag()).__name__)
def plain(): pass
print(inspect.iscoroutinefunction(plain), inspect.isgeneratorfunction(plain))
async def uses_await():
    return await co(1)
u = uses_await()
print(u.cr_await)
try:
    u.send(None)
except StopIteration as e:
    print("nested result", e.value)
c2 = co(1)
del c2
print("no crash deleting unawaited coroutine")
async def raiser():
    raise ValueError("in coroutine")
r = raiser()
try:
    r.send(None)
except ValueError as e:
    print("ValueError:", e)
print(inspect.getcoroutinestate(co(0)) if hasattr(inspect, "getcoroutinestate") else None)
