def f(cm):
    try:
        pass
    except Exception:
        with cm:
            return 1
