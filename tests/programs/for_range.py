for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 10, 3):
    print(i, end=" ")
print()
for i in range(10, 0, -4):
    print(i)
print(list(range(3)), len(range(0, 100, 7)))
