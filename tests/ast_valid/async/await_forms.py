async def f():
    await x
    y = await z
    return await (await a)
    await a ** 2
    -await b
