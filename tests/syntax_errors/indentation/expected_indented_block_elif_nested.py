for x in y:
    if x:
        pass
    elif not x:
    pass
