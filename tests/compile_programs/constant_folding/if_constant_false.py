if 0:
    print("never")
if False:
    x = 1
else:
    x = 2
