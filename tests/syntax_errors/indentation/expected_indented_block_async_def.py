async def f():

pass
