if 1:
    @d
    @e(1, 2)
else:
    pass
