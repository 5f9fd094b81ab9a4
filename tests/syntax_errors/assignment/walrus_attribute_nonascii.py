if (ñ.x := 5):
    pass
