if x:
        a
    b