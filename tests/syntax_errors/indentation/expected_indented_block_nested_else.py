while 1:
    if 1:
        pass
    else:
