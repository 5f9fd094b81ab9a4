async def f(cms):
    for cm in cms:
        async with cm:
            continue
