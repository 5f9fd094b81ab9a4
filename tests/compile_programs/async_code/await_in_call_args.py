async def f(g, a):
    return g(await a, k=await a)
