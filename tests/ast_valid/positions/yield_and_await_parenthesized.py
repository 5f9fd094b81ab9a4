def g():
    x = (yield)
    y = (yield 1)
    z = [(yield), (yield)]

async def h():
    return ((await a), await b)
