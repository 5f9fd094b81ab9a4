if a:
    pass
else:
return
