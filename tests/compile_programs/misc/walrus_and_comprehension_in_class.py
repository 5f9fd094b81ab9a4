class C:
    vals = [y := 1, y + 1]
