r = (None, True, False, ..., 1, 1.5, 2j, "s", b"b", -1, 10**2)
