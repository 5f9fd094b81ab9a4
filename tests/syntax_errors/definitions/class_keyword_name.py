class def:
    pass
