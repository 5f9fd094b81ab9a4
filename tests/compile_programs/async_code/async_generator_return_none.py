async def agen():
    yield 1
    return
