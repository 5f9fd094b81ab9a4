i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    print(i)
else:
    print("no")
