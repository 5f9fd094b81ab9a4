import types

@types.coroutine
def tick(label):
    yield label

async def leaf(n):
    await tick(f"leaf{n}")
    return n * 10

async def middle():
    total = 0
    for i in range(3):
        total += await leaf(i)
    return total

async def top():
    r = await middle()
    print("middle returned", r)
    return r + 1

def run(coro):
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return steps, e.value

print(run(top()))

class Awaitable:
    def __await__(self):
        print("__await__ called")
        x = yield "from custom awaitable"
        return "custom done"
async def use_custom():
    return await Awaitable()
print(run(use_custom()))
async def bad_await():
    await 5
try:
    run(bad_await())
except TypeError as e:
    print("TypeError:", e)
class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    run(bad2())
except TypeError as e:
    print("TypeError:", e)
async def exc():
    try:
        await tick("before raise")
        raise KeyError("k")
    except KeyError as e:
        return "handled " + str(e)
print(run(exc()))
