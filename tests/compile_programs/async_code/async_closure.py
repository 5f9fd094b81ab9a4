async def outer():
    x = 1
    async def inner():
        return x
    return await inner()
