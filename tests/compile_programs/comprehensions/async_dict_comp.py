async def f(aiter):
    return {x: 1 async for x in aiter}
