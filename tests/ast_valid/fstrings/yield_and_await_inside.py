def g():
    s = f'{(yield)}'

async def h(c):
    return f'{await c}'
