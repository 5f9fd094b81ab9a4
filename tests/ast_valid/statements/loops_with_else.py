for i in range(3):
    if i:
        break
    else:
        continue
else:
    pass
while False:
    pass
else:
    pass
