class C:
    if True:
        x = 1
    for i in range(2):
        pass
    try:
        y = 1
    except Exception:
        y = 2
