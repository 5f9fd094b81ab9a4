async def f(aiter):
    async for x in aiter:
        print(x)
