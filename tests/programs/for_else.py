for i in range(3):
    pass
else:
    print("done", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not here")
print(i)
