def outer():
    for a in b:
        if a:
            while a:
            a -= 1
