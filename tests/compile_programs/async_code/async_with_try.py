async def f(cm):
    async with cm:
        try:
            await cm.op()
        except Exception:
            pass
