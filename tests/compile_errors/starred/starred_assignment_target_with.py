with x as *a:
    pass
