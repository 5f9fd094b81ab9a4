async def f(c):
    try:
        return 1
    finally:
        await c
