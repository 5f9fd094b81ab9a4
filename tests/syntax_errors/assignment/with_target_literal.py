with ctx() as 1:
    pass
