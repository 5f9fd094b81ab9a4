async def agen(ait):
    async for x in ait:
        if x:
            yield x
        else:
            break
