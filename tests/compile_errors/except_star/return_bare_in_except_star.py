def f():
    try:
        pass
    except* E:
        if x:
            return
