for i in range(4):
    if i % 2:
        continue
    print(i)
else:
    print("end")
