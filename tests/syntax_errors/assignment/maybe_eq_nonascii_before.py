ð = 1
if ð and ñ = 2:
    pass
