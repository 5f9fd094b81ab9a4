async with x as y:
    pass
