import types

@types.coroutine
def pause():
    yield "paused"

async def agen(n):
    for i in range(n):
        await pause()
        yield i
    print("agen done")

def drive(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value

async def consume():
    items = []
    async for x in agen(3):
        items.append(x)
    return items
print(drive(consume()))

async def comp():
    return [x * 2 async for x in agen(2)]
print(drive(comp()))

ag = agen(2)
print(type(ag).__name__, ag.__name__)
print(drive(ag.__anext__()))
print(drive(ag.__anext__()))
try:
    drive(ag.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")

async def echo():
    while True:
        got = yield
        print("echo got", got)
e = echo()
print(drive(e.asend(None)))
print(drive(e.asend("hello")))
try:
    drive(e.athrow(ValueError("x")))
except ValueError as err:
    print("ValueError:", err)
async def closing():
    try:
        yield 1
    finally:
        print("agen finally")
c = closing()
print(drive(c.__anext__()))
print(drive(c.aclose()))
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i
async def use_aiter():
    return [v async for v in AIter()]
print(drive(use_aiter()))
