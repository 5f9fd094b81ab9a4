import types

@types.coroutine
def tick(v):
    return (yield v)

def run(aw):
    sent = []
    try:
        while True:
            sent.append(aw.send(None))
    except StopIteration as e:
        return sent, e.value

async def agen():
    try:
        x = yield "first"
        print("agen got", x)
        await tick("tick")
        yield "second"
    except ValueError as e:
        print("agen caught", e)
        yield "recovered"
    finally:
        print("agen cleanup")

g = agen()
print(type(g).__name__, g.__name__, g.ag_running, g.ag_code.co_name)
print(run(g.asend(None)))
print(run(g.asend("hello")))
print(run(g.athrow(ValueError("boom"))))
print(run(g.aclose()))
try:
    run(g.asend(None))
except StopAsyncIteration:
    print("exhausted")

async def never_started():
    yield 1
n = never_started()
print(run(n.aclose()))

async def ignores():
    while True:
        try:
            yield 1
        except GeneratorExit:
            yield 2
i = ignores()
run(i.asend(None))
try:
    run(i.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

async def bad():
    raise StopAsyncIteration
    yield
try:
    run(bad().__anext__())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

async def main():
    out = []
    async for v in agen_range(3):
        out.append(v)
    return out, [v async for v in agen_range(2)]

async def agen_range(n):
    for k in range(n):
        await tick(k)
        yield k * k
print(run(main()))

async def awaits_twice():
    c = main()
    r1 = await c
    try:
        await c
    except RuntimeError as e:
        return r1, str(e)
print(run(awaits_twice()))

class Awaitable:
    def __await__(self):
        yield "from __await__"
        return "done"
async def use():
    return await Awaitable()
print(run(use()))
try:
    run(use.__call__())
except Exception as e:
    print(type(e).__name__)
async def bad_await():
    await 5
try:
    run(bad_await())
except TypeError as e:
    print("TypeError:", e)
