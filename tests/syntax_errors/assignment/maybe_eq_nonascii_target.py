if ñ = 1:
    pass
