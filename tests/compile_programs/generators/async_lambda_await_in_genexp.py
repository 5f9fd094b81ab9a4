async def f(xs):
    return [y async for y in (await z for z in xs)]
