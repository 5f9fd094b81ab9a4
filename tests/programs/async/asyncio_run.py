import asyncio

async def fetch(n, delay):
    await asyncio.sleep(delay)
    print("fetched", n)
    return n * n

async def main():
    r = await fetch(1, 0)
    results = await asyncio.gather(fetch(2, 0.02), fetch(3, 0.01), fetch(4, 0))
    print("gather", results)
    t = asyncio.create_task(fetch(5, 0))
    print("task done?", t.done())
    print("task result", await t)
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        out = []
        while (item := await q.get()) is not None:
            out.append(item)
        return out
    _, got = await asyncio.gather(producer(), consumer())
    print("queue", got)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except TimeoutError:
        print("timed out")
    return r

print(asyncio.run(main()))
async def boom():
    raise ValueError("inside task")
async def main2():
    try:
        await asyncio.gather(boom(), fetch(6, 0))
    except ValueError as e:
        print("gather raised", e)
asyncio.run(main2())
