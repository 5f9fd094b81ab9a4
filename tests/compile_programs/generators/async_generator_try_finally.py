async def agen(c):
    try:
        yield 1
    finally:
        await c
