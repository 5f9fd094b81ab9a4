async def f(xs, pred):
    return [x for x in xs if await pred(x)]
