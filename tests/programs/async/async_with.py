import types
@types.coroutine
def step(x):
    yield x

class AsyncRes:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await step("enter " + self.name)
        print("aenter", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await step("exit " + self.name)
        print("aexit", self.name, et.__name__ if et else None)
        return et is KeyError

async def main():
    async with AsyncRes("a") as a:
        print("inside", a.name)
    async with AsyncRes("b"):
        raise KeyError("swallowed")
    try:
        async with AsyncRes("c"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    async with AsyncRes("d") as d, AsyncRes("e") as e:
        print("two", d.name, e.name)
    return "main done"

coro = main()
trace = []
try:
    while True:
        trace.append(coro.send(None))
except StopIteration as s:
    print(s.value)
print(trace)
class NotAsync:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong():
    async with NotAsync():
        pass
try:
    wrong().send(None)
except TypeError as e:
    print("TypeError:", e)
async def wrong_for():
    async for x in [1, 2]:
        pass
try:
    wrong_for().send(None)
except TypeError as e:
    print("TypeError:", e)
