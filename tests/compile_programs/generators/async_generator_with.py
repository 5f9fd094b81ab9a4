async def agen(cm):
    async with cm as x:
        yield x
