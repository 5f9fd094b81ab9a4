def f():
    try:
        x = 1
    except Exception:
        return 0
    else:
        return x
