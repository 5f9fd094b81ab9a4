for i in range(3):
    break
    print(i)
