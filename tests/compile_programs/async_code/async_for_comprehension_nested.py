async def f(a):
    return [[y async for y in x] async for x in a]
