async def f(items, g):
    return [await g(x) for x in items]
