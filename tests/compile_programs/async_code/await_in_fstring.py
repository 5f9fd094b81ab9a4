async def f(c):
    return f"{await c}"
