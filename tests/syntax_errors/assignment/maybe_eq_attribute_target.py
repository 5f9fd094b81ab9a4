if obj.attr = 3:
    pass
