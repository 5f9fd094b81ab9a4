def ok():
    y = 2
    return y
