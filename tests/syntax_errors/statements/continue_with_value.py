while 1:
    continue 2
