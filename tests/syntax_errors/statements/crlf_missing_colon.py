if True
    pass
