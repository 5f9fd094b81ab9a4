async def f(get):
    return [x for x in await get()]
