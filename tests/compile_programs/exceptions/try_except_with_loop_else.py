for x in []:
    pass
else:
    try:
        pass
    except Exception:
        pass
