x = [1]
if not x:
    pass
if not not x:
    pass
