import types
from collections import deque

@types.coroutine
def sleep_ticks(n):
    for _ in range(n):
        yield "tick"

class Task:
    _ids = 0
    def __init__(self, coro, name):
        self.coro, self.name = coro, name
        self.result = None
        self.error = None
        self.done = False

class Loop:
    def __init__(self):
        self.ready = deque()
        self.clock = 0
        self.log = []
    def spawn(self, coro, name):
        t = Task(coro, name)
        self.ready.append(t)
        return t
    def run(self):
        while self.ready:
            t = self.ready.popleft()
            try:
                t.coro.send(None)
                self.ready.append(t)
            except StopIteration as e:
                t.done, t.result = True, e.value
                self.log.append(f"{t.name} -> {e.value!r}")
            except Exception as e:
                t.done, t.error = True, e
                self.log.append(f"{t.name} !! {type(e).__name__}: {e}")
            self.clock += 1

async def worker(name, ticks):
    print(f"{name} start")
    await sleep_ticks(ticks)
    print(f"{name} end after {ticks}")
    return name.upper()

async def failing():
    await sleep_ticks(1)
    raise ValueError("worker failed")

async def parent(loop):
    kids = [loop.spawn(worker(f"k{i}", i), f"k{i}") for i in range(3)]
    while not all(k.done for k in kids):
        await sleep_ticks(1)
    return [k.result for k in kids]

loop = Loop()
loop.spawn(worker("a", 2), "a")
loop.spawn(failing(), "f")
p = loop.spawn(parent(loop), "parent")
loop.spawn(worker("b", 1), "b")
loop.run()
print("\n".join(loop.log))
print("clock", loop.clock, "parent result", p.result)
