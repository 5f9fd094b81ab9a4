import asyncio
order = []
async def worker(name, steps):
    for i in range(steps):
        order.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * steps
async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    r = await asyncio.gather(t1, t2)
    print(r, order)
    async def slow():
        await asyncio.sleep(1)
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    res = await asyncio.gather(worker("c", 1), asyncio.sleep(0, result="slept"), return_exceptions=True)
    print(res)
    async def bad():
        raise KeyError("k")
    res2 = await asyncio.gather(bad(), worker("d", 1), return_exceptions=True)
    print([type(x).__name__ for x in res2])
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "event seen"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await wt)
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())
asyncio.run(main())
