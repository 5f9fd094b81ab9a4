for _ in []:
    pass
while False:
    pass
