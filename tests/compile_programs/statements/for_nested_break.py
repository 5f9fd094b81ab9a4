for i in range(3):
    for j in range(3):
        if j == i:
            break
    else:
        continue
    print(i)
