async def f():
    async with lock
        pass
