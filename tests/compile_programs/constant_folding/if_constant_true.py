if 1:
    print("always")
if True:
    pass
else:
    print("never")
