def größe:
    pass
