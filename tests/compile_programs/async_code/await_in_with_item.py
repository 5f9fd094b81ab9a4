async def f(get):
    with await get() as x:
        return x
