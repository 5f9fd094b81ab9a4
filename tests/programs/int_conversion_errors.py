for s in ["12", " 7 ", "-3", "1_000", "x1", "1.5", ""]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError:", e)
