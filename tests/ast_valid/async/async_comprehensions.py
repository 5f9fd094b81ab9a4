async def f(a):
    r = [x async for x in a]
    s = {x async for x in a if x}
    d = {k: v async for k, v in a}
    g = (x async for x in a)
    w = [await y for y in a]
    return r, s, d, g, w
