async def f(a, b):
    async with a, b as y:
        pass
