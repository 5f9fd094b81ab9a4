async def agen():
    yield 1
    yield 2
