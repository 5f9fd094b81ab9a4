with cm:
    try:
        x = 1
    except Exception:
        x = 2
