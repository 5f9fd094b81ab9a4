async def f(cm):
    async with cm as x:
        return x
