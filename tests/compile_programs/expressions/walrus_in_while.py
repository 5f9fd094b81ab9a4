data = [1, 2, 0]
while (x := data.pop()):
    print(x)
