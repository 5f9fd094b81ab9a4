async def agen(ait):
    async for x in ait:
        yield x
