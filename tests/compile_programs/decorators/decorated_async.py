def deco(f): return f
@deco
async def f():
    await g()
