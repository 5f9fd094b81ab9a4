with a:
    with b:
        with c:
            pass
