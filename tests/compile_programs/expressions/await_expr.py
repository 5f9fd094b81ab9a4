async def f(g):
    return await g()
