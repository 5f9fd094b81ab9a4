async def agen(src):
    for x in src:
        yield await x
