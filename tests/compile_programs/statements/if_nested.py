a = b = 1
if a:
    if b:
        print("both")
    else:
        print("a")
