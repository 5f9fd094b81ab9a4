async def f(c):
    try:
        await c
    except Exception:
        await c
    finally:
        await c
