if (y := 10) > 5:
    print(y)
