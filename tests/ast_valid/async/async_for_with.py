async def main():
    async with a as b, c:
        pass
    async for x in y:
        pass
    else:
        pass
    async with (a as b, c as d,):
        pass
