x = 5
if 0 < x < 10:
    print("in range")
