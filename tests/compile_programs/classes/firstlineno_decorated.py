def deco(c):
    return c


@deco
class C:
    pass
