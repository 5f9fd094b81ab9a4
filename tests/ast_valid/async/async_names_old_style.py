async def f():
    pass

class A:
    async def m(self):
        return [i async for i in self]
