if a:
    pass
else:
    pass
else:
    pass
