async def f(aiter):
    async for x in aiter:
        if x:
            break
    else:
        return 0
