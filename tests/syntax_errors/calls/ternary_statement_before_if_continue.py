while 1:
    continue if a else b
