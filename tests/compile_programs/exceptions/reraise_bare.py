def f():
    try:
        g()
    except Exception:
        log = 1
        raise
