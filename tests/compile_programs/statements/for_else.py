for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no five")
