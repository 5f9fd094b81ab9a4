while 0:
    print("never")
