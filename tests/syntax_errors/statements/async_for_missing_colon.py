async def f():
    async for x in aiter()
        pass
